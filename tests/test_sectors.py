"""Which Polsek a post belongs to (desktop.planning.sectors): by the sub-districts a unit covers,
else the nearest Polsek office when coordinates are known; and a vote's reading order."""

from __future__ import annotations

from desktop.model import Plan, Post, Unit
from desktop.planning.sectors import Sectors, distance_km, sector_match, tps_number


def vote() -> Plan:
    plan = Plan()
    plan.put_unit(Unit("PS-TAW", "Polsek Tawang", sector="Tawang; Cihideung", latitude=-7.327, longitude=108.220))
    plan.put_unit(Unit("PS-IND", "Polsek Indihiang", sector="Indihiang", latitude=-7.300, longitude=108.197))
    plan.put_unit(Unit("LINMAS", "Linmas Tawang", agency="LINMAS", sector="Tawang", latitude=-7.33, longitude=108.22))
    for code, name, sector, cluster, lat, lon in [
        ("T10", "TPS 010 Kahuripan", "tawang", "K-10", None, None),
        ("T02", "TPS 002 Kahuripan", "Tawang", "K-2", None, None),
        ("I01", "TPS 001 Sukamaju", "Indihiang", "K-1", None, None),
        ("C05", "TPS 005 Nagarawangi", "cihideung", "K-3", None, None),
        ("X01", "TPS 001 Luar", "Kawalu", "", -7.302, 108.199),  # no Polsek covers Kawalu: the nearest office
        ("Z01", "TPS 001 Tanpa", "Kawalu", "", None, None),  # neither covered nor placed
    ]:
        plan.put_post(Post(code, name, kind="tps", sector=sector, cluster=cluster, latitude=lat, longitude=lon))
    return plan


def test_a_post_belongs_to_the_polri_unit_covering_its_sector_else_the_nearest():
    plan = vote()
    sectors = Sectors(plan)
    home = {code: sectors.home_unit(post) for code, post in plan.posts.items()}
    assert home == {"T10": "PS-TAW", "T02": "PS-TAW", "I01": "PS-IND", "C05": "PS-TAW", "X01": "PS-IND", "Z01": None}
    assert sectors.is_home("PS-TAW", plan.posts["C05"]) and not sectors.is_home("LINMAS", plan.posts["T02"])
    assert sector_match("Tawang; Cihideung", " cihideung ") and not sector_match("Tawang", "")


def test_posts_read_by_polsek_then_kecamatan_cluster_and_tps_number():
    plan = vote()
    sectors = Sectors(plan)
    assert [p.code for p in sectors.ordered(plan.posts.values())] == ["C05", "T02", "T10", "I01", "X01", "Z01"]
    grouped = sectors.by_unit(plan.posts.values())
    assert list(grouped) == ["PS-TAW", "PS-IND", None]
    assert [p.code for p in grouped["PS-IND"]] == ["I01", "X01"]


def test_distances_and_numbers():
    assert distance_km(-7.327, 108.220, -7.327, 108.220) == 0
    assert 3.0 < distance_km(-7.327, 108.220, -7.300, 108.197) < 4.0  # Tawang to Indihiang, about 3.9 km
    assert tps_number(Post("X", "TPS 007 Sukamaju")) == 7 and tps_number(Post("TPS-12", "")) == 12
    assert tps_number(Post("POSKO", "Pos komando")) is None
