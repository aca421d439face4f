"""Where a post sits in the district (Polsek, kecamatan, village, cluster, TPS number), the sector
order a Polres reads a vote in, and `renpam posts` filtering and ordering by them."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from desktop.cli import main
from desktop.generator import generate_large_plan
from desktop.model import Plan, Post, Unit
from desktop.planning import post_groups
from desktop.storage import save_plan


def vote_plan() -> Plan:
    """A generated vote with TPS clusters of two (K1 = TPS 1-2, K2 = TPS 3-4, ... K11) per kecamatan."""
    plan = generate_large_plan(personnel=600, posts=400, shifts=2, assign=True)
    for post in list(plan.posts.values()):
        number = post_groups.tps_number(post)
        if post.kind == "tps" and number is not None:
            plan.put_post(replace(post, cluster=f"K{(number - 1) // 2 + 1}"))
    return plan


def test_a_tps_belongs_to_the_polsek_whose_sector_lists_its_kecamatan():
    """Polsek by Unit.sector (several sub-districts allowed), kecamatan, village, cluster, TPS number."""
    plan = vote_plan()
    found = post_groups.places(plan)
    tps = [p for p in plan.posts.values() if p.kind == "tps"]
    assert tps and all(found[p.code].polsek == f"PS-{p.district[:6].upper()}" for p in tps)
    first = tps[0]
    place = found[first.code]
    assert place.district == first.district and place.village == first.village and place.cluster == "K1"
    assert place.tps == 1
    plan.put_unit(Unit("PS-GAB", "Polsek Gabungan", "POLRI", sector="Mekarjaya, Tanjungsari"))
    plan.put_post(Post("TPS-X-007", "TPS 007 Tanjungsari", kind="tps", sector="", district="TANJUNGSARI"))
    assert post_groups.places(plan)["TPS-X-007"] == post_groups.PostPlace("PS-GAB", "TANJUNGSARI", "", "", 7)
    plan.put_post(Post("GATE", "Gerbang"))
    assert post_groups.places(plan)["GATE"] == post_groups.PostPlace("", "", "", "", None)


def test_sector_order_is_polsek_then_kecamatan_then_cluster_then_tps_number():
    """Posts run by Polsek (in the planner's order of units), kecamatan, cluster (K2 before K10), TPS
    number; a post of no sector comes last."""
    plan = vote_plan()
    plan.put_post(Post("GATE", "Gerbang"))
    order = post_groups.sector_order(plan)
    assert sorted(order) == sorted(plan.posts) and order[-1] == "GATE"
    found = post_groups.places(plan)
    unit_order = {code: i for i, code in enumerate(plan.units)}
    keyed = [found[c] for c in order if found[c].polsek and found[c].tps is not None]
    assert keyed == sorted(
        keyed,
        key=lambda p: (unit_order[p.polsek], p.district, int(p.cluster[1:]), p.tps),
    )
    assert len({p.polsek for p in keyed}) > 3


def test_choices_and_matching_per_level():
    """Each level offers the values present (a Polsek by its unit's name) and filters on them."""
    plan = vote_plan()
    polsek = post_groups.choices(plan, "polsek")
    assert ("PS-BUNGUR", "Polsek Bungursari (PS-BUNGUR)") in polsek
    clusters = [v for v, _l in post_groups.choices(plan, "cluster")]
    assert clusters[:3] == ["K1", "K2", "K3"] and clusters.index("K10") > clusters.index("K9")
    codes = post_groups.matching(plan, "polsek", "PS-BUNGUR")
    assert codes and all(plan.posts[c].district == "Bungursari" for c in codes)
    assert post_groups.matching(plan, "district", "bungursari") == [
        c for c, p in plan.posts.items() if p.district == "Bungursari"
    ]
    with pytest.raises(ValueError):
        post_groups.choices(plan, "province")
    assert post_groups.has_places(plan) and not post_groups.has_places(Plan())
    from desktop.demo import build_demo_plan

    assert not post_groups.has_places(build_demo_plan())  # one venue: every post at one address


def test_posts_verb_filters_and_orders_like_the_window(tmp_path, capsys):
    """`renpam posts FILE --polsek PS-BUNGUR --cluster K1` lists those TPS in sector order (text and
    JSON); no match exits 1 with one sentence; an over-long value is a usage error."""
    plan = vote_plan()
    path = tmp_path / "vote.renpam"
    save_plan(plan, path)
    assert main(["posts", str(path), "--polsek", "PS-BUNGUR", "--cluster", "K1", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)["posts"]
    assert rows and all(r["polsek"] == "PS-BUNGUR" and r["cluster"] == "K1" for r in rows)
    assert [r["tps"] for r in rows] == sorted(r["tps"] for r in rows)
    assert main(["posts", str(path), "--district", "Bungursari", "--lang", "en"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split("\t")[:3] == ["CODE", "POST", "POLSEK"] and len(lines) > 2
    assert main(["posts", str(path), "--village", "Desa Tidak Ada"]) == 1
    assert "Tidak ada pos yang cocok" in capsys.readouterr().err
    assert main(["posts", str(path), "--cluster", "K" * 500]) == 2
    assert "at most 200 characters" in capsys.readouterr().err
