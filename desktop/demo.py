"""The demo operation: securing an NGO's audience at the district election commission.

Polres Purwakarta secures an audience that an NGO holds with the commissioners of the KPU
Kabupaten Purwakarta at dusk on Wednesday 27 November 2024, the day of the regional vote, after
the polling stations closed, while a crowd waits outside (../shared/domain.md, "The founding
scenario"). Most of the Polres is with the polling stations, so the audience is secured by what
remained (reserves, staff functions) and the sector station Polsek Bungursari, with Dishub for
traffic: 14 posts over three rings plus traffic and health posts in three phases, under command
groups, with a reserve held at the command post. The plan is signed the day before. Every name,
NRP and phone number is invented.
"""

from __future__ import annotations

import io
from datetime import datetime

from desktop.model import (
    DEFAULT_TZ,
    Group,
    Operation,
    Person,
    Plan,
    Post,
    RingOutline,
    Shift,
    SitePlan,
    Unit,
)

PLAN_W, PLAN_H = 1600, 1100


def _t(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2024, 11, day, hour, minute, tzinfo=DEFAULT_TZ)


UNITS = [
    Unit("BAGOPS", "Bag Ops Polres Purwakarta", "POLRI"),
    Unit("PIMPINAN", "Pimpinan Polres Purwakarta", "POLRI"),
    Unit("SAMAPTA", "Sat Samapta Polres Purwakarta", "POLRI"),
    Unit("INTELKAM", "Sat Intelkam Polres Purwakarta", "POLRI"),
    Unit("LANTAS", "Sat Lantas Polres Purwakarta", "POLRI"),
    Unit("PROPAM", "Si Propam Polres Purwakarta", "POLRI"),
    Unit("HUMAS", "Si Humas Polres Purwakarta", "POLRI"),
    Unit("DOKKES", "Si Dokkes Polres Purwakarta", "POLRI"),
    Unit("PS-BGS", "Polsek Bungursari", "POLRI", sector="Bungursari"),
    Unit("DISHUB", "Dinas Perhubungan Kab. Purwakarta", "DISHUB"),
]

SHIFTS = [
    Shift("PERS", "Persiapan dan apel", _t(27, 14, 30), _t(27, 16, 30)),
    Shift("LAKS", "Pelaksanaan", _t(27, 16, 30), _t(27, 20, 0)),
    Shift("KONS", "Konsolidasi", _t(27, 20, 0), _t(27, 21, 30)),
]


def _px(x: float, y: float) -> tuple[float, float]:
    return round(x / PLAN_W, 4), round(y / PLAN_H, 4)


# code, name, ring, kind, (x, y) in plan pixels, min, max, skills, danpos min rank, channel, shifts,
# tasks, equipment
POSTS: list[tuple] = [
    (
        "P00",
        "Posko Pengamanan (Pos Komando)",
        "II",
        "pos_komando",
        (395, 770),
        3,
        4,
        {},
        "Kompol",
        "Ch 1 Komando",
        [],
        "Mengendalikan seluruh pos; menerima laporan danpos tiap 30 menit dan saat ada perubahan "
        "situasi; meneruskan laporan ke Kapolres; mencatat kronologi kegiatan.",
        "HT induk, peta situasi, buku mutasi, genset kecil, pengeras suara",
    ),
    (
        "P01",
        "Ruang Audiensi (Ruang Rapat Komisioner)",
        "I",
        "ruang",
        (950, 320),
        4,
        5,
        {"polwan": 1, "negosiator": 1},
        "Ipda",
        "Ch 2 Ring I",
        [],
        "Pengamanan tertutup komisioner KPU dan perwakilan LSM selama audiensi; membatasi peserta "
        "sesuai daftar (maks. 10 orang perwakilan); mencegah provokasi di dalam ruang; siap "
        "mengevakuasi komisioner melalui pintu belakang.",
        "HT, pakaian dinas harian (PDH), daftar peserta audiensi",
    ),
    (
        "P02",
        "Pintu Utama Gedung KPU",
        "I",
        "pintu",
        (825, 470),
        2,
        3,
        {},
        "Bripka",
        "Ch 2 Ring I",
        [],
        "Mengecek identitas dan tanda peserta audiensi; hanya peserta terdaftar, petugas KPU dan "
        "media berkartu yang masuk gedung; menjaga jalur evakuasi tetap kosong.",
        "HT, metal detector genggam, daftar peserta",
    ),
    (
        "P03",
        "Gerbang Utama (Pemeriksaan Badan dan Barang)",
        "II",
        "gerbang",
        (830, 850),
        6,
        8,
        {"polwan": 1},
        "Ipda",
        "Ch 3 Ring II",
        [],
        "Pemeriksaan badan dan barang bawaan setiap orang yang masuk; peserta perempuan diperiksa "
        "Polwan; benda tajam, bahan mudah terbakar dan spanduk bertiang besi dititipkan; gerbang "
        "ditutup bila massa memaksa masuk.",
        "HT, metal detector genggam 2, meja periksa, tali pembatas",
    ),
    (
        "P04",
        "Gerbang Samping (Jalur Evakuasi)",
        "II",
        "gerbang",
        (1400, 640),
        2,
        3,
        {},
        "Bripka",
        "Ch 3 Ring II",
        [],
        "Gerbang tertutup untuk umum; dibuka hanya untuk kendaraan evakuasi, ambulans dan petugas; "
        "menjaga kendaraan evakuasi komisioner siap jalan.",
        "HT, gembok cadangan, kendaraan evakuasi",
    ),
    (
        "P05",
        "Area Media dan Halaman",
        "II",
        "pos_pantau",
        (1290, 550),
        2,
        3,
        {},
        "Bripka",
        "Ch 3 Ring II",
        [],
        "Mengatur wartawan di area media; memantau halaman; mendokumentasikan kegiatan (foto dan "
        "video) untuk laporan dan bahan hukum.",
        "HT, kamera, handycam, tanda pengenal media",
    ),
    (
        "P06",
        "Barikade Dalmas depan Gerbang Utama",
        "III",
        "perimeter",
        (830, 930),
        12,
        15,
        {"dalmas": 10, "polwan": 2, "negosiator": 1},
        "Ipda",
        "Ch 4 Dalmas",
        ["LAKS"],
        "Dalmas awal membentuk barikade di depan gerbang; mengedepankan komunikasi dan negosiasi "
        "(negosiator dan Polwan di lapis depan); massa menyampaikan aspirasi di badan jalan sisi "
        "utara tanpa menutup Jl. Veteran; bila massa menutup jalan atau memaksa masuk, lapor Posko "
        "dan tunggu perintah peningkatan ke Dalmas lanjut.",
        "Tali Dalmas, megafon 2, rompi, HT (Dalmas awal tanpa perlengkapan khusus); perlengkapan "
        "Dalmas lanjut disiagakan di truk Dalmas bersama cadangan",
    ),
    (
        "P07",
        "Perimeter Timur (Pagar dan Jl. Gandanegara)",
        "III",
        "perimeter",
        (1480, 400),
        2,
        3,
        {},
        "Bripka",
        "Ch 4 Dalmas",
        [],
        "Patroli jalan kaki sepanjang pagar timur; mencegah orang memanjat pagar; memantau "
        "pergerakan massa dari arah timur.",
        "HT, senter",
    ),
    (
        "P08",
        "Pos Pantau Simpang Veteran",
        "III",
        "pos_pantau",
        (125, 780),
        2,
        2,
        {"intel": 2},
        "Aipda",
        "Ch 6 Intel",
        [],
        "Memantau kedatangan massa dari arah Simpang Veteran dan Jl. Kapten Halim; menghitung "
        "jumlah massa dan kendaraan; melaporkan tokoh dan koordinator lapangan; deteksi dini "
        "provokator.",
        "HT, kamera, teropong",
    ),
    (
        "P09",
        "Parkir Kendaraan Massa",
        "III",
        "perimeter",
        (1150, 1045),
        3,
        4,
        {},
        "Bripka",
        "Ch 4 Dalmas",
        ["LAKS"],
        "Mengarahkan kendaraan massa ke lahan parkir selatan jalan; memeriksa kendaraan secara "
        "acak; mencatat nomor polisi kendaraan rombongan.",
        "HT, rompi reflektor, buku catatan",
    ),
    (
        "P10",
        "Pengalihan Arus Simpang Veteran",
        None,
        "lalu_lintas",
        (215, 930),
        3,
        5,
        {"lantas": 2},
        "Ipda",
        "Ch 5 Lantas",
        ["LAKS"],
        "Rekayasa lalu lintas: arus dari Jl. Kapten Halim dialihkan ke Jl. Basuki Rahmat bila "
        "massa meluber ke badan jalan; menjaga jalur ambulans tetap terbuka.",
        "HT, rompi reflektor, kerucut lalu lintas 20, tongkat lampu, water barrier 6",
    ),
    (
        "P11",
        "Pengaturan Lalu Lintas Jl. Veteran",
        None,
        "lalu_lintas",
        (520, 930),
        3,
        4,
        {"lantas": 2},
        "Bripka",
        "Ch 5 Lantas",
        [],
        "Mengatur arus di depan Kantor KPU; menjaga satu lajur tetap terbuka; melarang parkir di "
        "bahu jalan depan gerbang.",
        "HT, rompi reflektor, kerucut lalu lintas 10, peluit",
    ),
    (
        "P12",
        "Pos Kesehatan",
        None,
        "kesehatan",
        (1315, 780),
        3,
        4,
        {"medis": 2},
        "Bripka",
        "Ch 3 Ring II",
        [],
        "Pertolongan pertama bagi petugas, peserta dan masyarakat; evakuasi ke RSUD Bayu Asih "
        "(10 menit) dengan ambulans siaga di gerbang samping.",
        "Ambulans, tandu, kotak P3K, oksigen, AED",
    ),
    (
        "P13",
        "Patroli Mobile Sekitar KPU",
        "III",
        "patroli",
        (260, 1045),
        2,
        3,
        {"sopir": 1},
        "Brigpol",
        "Ch 4 Dalmas",
        [],
        "Patroli bermotor radius 1 km (Jl. Veteran, Jl. Kapten Halim, Jl. Gandanegara); memantau "
        "konsentrasi massa susulan; siap sebagai kendaraan cadangan.",
        "Mobil patroli, HT, pengeras suara",
    ),
]

# (post, unit, rank, name, gender, skills, role) ; role "danpos" marks the post commander.
ROSTER: list[tuple] = [
    ("P00", "BAGOPS", "Kompol", "Dedi Supriatna", "L", [], "danpos", "Kabag Ops"),
    ("P00", "BAGOPS", "Bripka", "Asep Saepudin", "L", [], "anggota", "Ba Bag Ops (operator radio)"),
    ("P00", "BAGOPS", "Brigpol", "Rina Marlina", "P", ["polwan"], "anggota", "Ba Bag Ops (notulis)"),
    ("P01", "INTELKAM", "Iptu", "Hendra Gunawan", "L", ["negosiator", "intel"], "danpos", "Kanit Politik Sat Intelkam"),
    ("P01", "SAMAPTA", "Bripda", "Siti Nurhaliza", "P", ["polwan", "negosiator"], "anggota", "Ba Sat Samapta"),
    ("P01", "PROPAM", "Aipda", "Yusuf Maulana", "L", [], "anggota", "Ba Si Propam"),
    ("P01", "INTELKAM", "Briptu", "Rizky Ramadhan", "L", ["intel"], "anggota", "Ba Sat Intelkam"),
    ("P02", "PROPAM", "Bripka", "Agus Setiawan", "L", [], "danpos", "Ba Si Propam"),
    ("P02", "PROPAM", "Briptu", "Fajar Nugraha", "L", [], "anggota", "Ba Si Propam"),
    ("P03", "SAMAPTA", "Ipda", "Wawan Hermawan", "L", ["dalmas"], "danpos", "Kanit Turjawali Sat Samapta"),
    ("P03", "SAMAPTA", "Aiptu", "Ujang Suryana", "L", ["dalmas"], "anggota", "Ba Sat Samapta"),
    ("P03", "SAMAPTA", "Brigpol", "Dadan Ramdani", "L", ["dalmas"], "anggota", "Ba Sat Samapta"),
    ("P03", "SAMAPTA", "Briptu", "Dewi Lestari", "P", ["polwan"], "anggota", "Ba Sat Samapta"),
    ("P03", "SAMAPTA", "Bripda", "Ilham Fauzi", "L", ["dalmas"], "anggota", "Ba Sat Samapta"),
    ("P03", "SAMAPTA", "Bripda", "Galih Pratama", "L", ["dalmas"], "anggota", "Ba Sat Samapta"),
    ("P04", "PS-BGS", "Aipda", "Endang Kurniawan", "L", [], "danpos", "Kanit Samapta Polsek Bungursari"),
    ("P04", "PS-BGS", "Briptu", "Yogi Saputra", "L", ["sopir"], "anggota", "Ba Polsek Bungursari"),
    ("P05", "HUMAS", "Bripka", "Nandang Sutisna", "L", [], "danpos", "Ba Si Humas"),
    ("P05", "HUMAS", "Bripda", "Anisa Rahmawati", "P", ["polwan"], "anggota", "Ba Si Humas"),
    (
        "P06",
        "SAMAPTA",
        "Iptu",
        "Tatang Sudrajat",
        "L",
        ["dalmas", "negosiator"],
        "danpos",
        "Kasubnit Dalmas Sat Samapta",
    ),
    ("P06", "SAMAPTA", "Aipda", "Cecep Hidayat", "L", ["dalmas"], "anggota", "Ba Sat Samapta"),
    ("P06", "SAMAPTA", "Bripka", "Dodi Permana", "L", ["dalmas"], "anggota", "Ba Sat Samapta"),
    ("P06", "SAMAPTA", "Brigpol", "Eko Prasetyo", "L", ["dalmas"], "anggota", "Ba Sat Samapta"),
    ("P06", "SAMAPTA", "Brigpol", "Hari Santoso", "L", ["dalmas"], "anggota", "Ba Sat Samapta"),
    ("P06", "SAMAPTA", "Briptu", "Irfan Hakim", "L", ["dalmas"], "anggota", "Ba Sat Samapta"),
    ("P06", "SAMAPTA", "Briptu", "Jajang Nurjaman", "L", ["dalmas"], "anggota", "Ba Sat Samapta"),
    ("P06", "SAMAPTA", "Briptu", "Kurnia Sandi", "L", ["dalmas"], "anggota", "Ba Sat Samapta"),
    ("P06", "SAMAPTA", "Bripda", "Lukman Hakim", "L", ["dalmas"], "anggota", "Ba Sat Samapta"),
    ("P06", "SAMAPTA", "Bripda", "Maman Abdurahman", "L", ["dalmas"], "anggota", "Ba Sat Samapta"),
    ("P06", "SAMAPTA", "Bripda", "Nanang Kosim", "L", ["dalmas"], "anggota", "Ba Sat Samapta"),
    ("P06", "SAMAPTA", "Briptu", "Putri Handayani", "P", ["polwan", "dalmas"], "anggota", "Ba Sat Samapta"),
    ("P06", "SAMAPTA", "Bripda", "Rahmi Fitriani", "P", ["polwan"], "anggota", "Ba Sat Samapta"),
    ("P07", "PS-BGS", "Bripka", "Odih Supardi", "L", [], "danpos", "Ba Polsek Bungursari"),
    ("P07", "PS-BGS", "Bripda", "Reza Firmansyah", "L", [], "anggota", "Ba Polsek Bungursari"),
    ("P08", "INTELKAM", "Aipda", "Saepul Anwar", "L", ["intel"], "danpos", "Ba Sat Intelkam"),
    ("P08", "INTELKAM", "Brigpol", "Taufik Hidayat", "L", ["intel"], "anggota", "Ba Sat Intelkam"),
    ("P09", "PS-BGS", "Aiptu", "Ruhiyat", "L", [], "danpos", "Kanit Reskrim Polsek Bungursari"),
    ("P09", "PS-BGS", "Briptu", "Sandi Kurniawan", "L", [], "anggota", "Ba Polsek Bungursari"),
    ("P09", "PS-BGS", "Bripda", "Tedi Mulyadi", "L", [], "anggota", "Ba Polsek Bungursari"),
    ("P10", "LANTAS", "Ipda", "Wahyu Hidayat", "L", ["lantas"], "danpos", "Kanit Turjawali Sat Lantas"),
    ("P10", "LANTAS", "Bripka", "Yayan Sofyan", "L", ["lantas"], "anggota", "Ba Sat Lantas"),
    ("P10", "LANTAS", "Briptu", "Zaenal Arifin", "L", ["lantas", "sopir"], "anggota", "Ba Sat Lantas"),
    ("P10", "DISHUB", "Pengatur Muda", "Ade Komarudin", "L", [], "anggota", "Petugas Dishub"),
    ("P11", "LANTAS", "Aiptu", "Budi Hartono", "L", ["lantas"], "danpos", "Ba Sat Lantas"),
    ("P11", "LANTAS", "Brigpol", "Candra Wijaya", "L", ["lantas"], "anggota", "Ba Sat Lantas"),
    ("P11", "DISHUB", "Pengatur", "Dimas Aditya", "L", [], "anggota", "Petugas Dishub"),
    ("P12", "DOKKES", "Aipda", "Eti Rohaeti", "P", ["medis", "polwan"], "danpos", "Ba Si Dokkes (perawat)"),
    ("P12", "DOKKES", "Brigpol", "Fikri Haikal", "L", ["medis"], "anggota", "Ba Si Dokkes (perawat)"),
    ("P12", "DOKKES", "Briptu", "Gina Septiani", "P", ["medis", "polwan"], "anggota", "Ba Si Dokkes"),
    ("P13", "SAMAPTA", "Bripka", "Hasan Basri", "L", ["dalmas"], "danpos", "Ba Sat Samapta"),
    ("P13", "SAMAPTA", "Brigpol", "Iwan Setiadi", "L", ["sopir"], "anggota", "Ba Sat Samapta (pengemudi)"),
]

# Commanders, the Kapolsek (commands Ring III) and the reserve (cadangan) held at the command
# post, none of them assigned to a post.
STAFF: list[tuple] = [
    (None, "PIMPINAN", "AKBP", "Arief Budiman", "L", [], "commander", "Kapolres Purwakarta"),
    (None, "SAMAPTA", "AKP", "Rudi Hartawan", "L", ["dalmas", "negosiator"], "field_commander", "Kasat Samapta"),
    (None, "SAMAPTA", "Aipda", "Jaka Permana", "L", ["dalmas"], "reserve", "Ba Sat Samapta (cadangan)"),
    (None, "SAMAPTA", "Brigpol", "Kiki Amelia", "P", ["polwan"], "reserve", "Ba Sat Samapta (cadangan)"),
    (None, "SAMAPTA", "Briptu", "Lutfi Maulana", "L", ["dalmas"], "reserve", "Ba Sat Samapta (cadangan)"),
    (None, "SAMAPTA", "Bripda", "Miftahul Huda", "L", ["dalmas"], "reserve", "Ba Sat Samapta (cadangan)"),
    (None, "PS-BGS", "Iptu", "Nurdin Syamsudin", "L", ["negosiator"], "group", "Kapolsek Bungursari"),
    (None, "PS-BGS", "Bripka", "Oman Rohman", "L", [], "reserve", "Bhabinkamtibmas Bungursari"),
    (None, "PS-BGS", "Brigpol", "Pepen Supendi", "L", ["sopir"], "reserve", "Ba Polsek Bungursari (cadangan)"),
]

CALLSIGNS = {"commander": "Purwa-1", "field_commander": "Purwa-7"}

_BIRTH_YEAR = {  # plausible birth years by rank, for NRPs that start with year and month
    "AKBP": 78,
    "Kompol": 80,
    "AKP": 82,
    "Iptu": 85,
    "Ipda": 87,
    "Aiptu": 79,
    "Aipda": 83,
    "Bripka": 86,
    "Brigpol": 90,
    "Briptu": 94,
    "Bripda": 99,
}

TEXTS = {
    "situation": (
        "Hari ini, Rabu 27 November 2024, berlangsung pemungutan suara Pemilihan Bupati dan Wakil "
        "Bupati Purwakarta; sebagian besar kekuatan Polres Purwakarta melaksanakan pengamanan TPS "
        "dalam Operasi Mantap Praja. Sejak siang di media sosial beredar klaim kemenangan salah satu "
        "pasangan calon berdasarkan hitung cepat sebelum rekapitulasi resmi KPU. Sebuah LSM pemantau "
        "pemilu telah memberitahukan kepada Polres Purwakarta bahwa pada petang hari, setelah TPS "
        "ditutup, pukul 17.00 WIB akan melakukan audiensi dengan Komisioner KPU Kabupaten Purwakarta, "
        "diikuti massa simpatisan diperkirakan 150 sampai 200 orang.\n"
        "Tuntutan: KPU menyatakan bahwa klaim kemenangan yang beredar tidak sah sebelum "
        "rekapitulasi resmi. Perkiraan intelijen: aksi berlangsung tertib; kerawanan berupa "
        "massa yang menutup Jl. Veteran, upaya memaksa masuk halaman KPU, provokasi oleh "
        "kelompok pendukung paslon, dan gangguan terhadap kotak suara yang mulai tiba dari PPK."
    ),
    "mission": (
        "Polres Purwakarta dengan kekuatan cadangan, fungsi staf dan Polsek Bungursari "
        "menyelenggarakan pengamanan kegiatan audiensi LSM di Kantor KPU Kabupaten Purwakarta pada "
        "hari Rabu, 27 November 2024 pukul 14.30 sampai 21.30 WIB, guna melindungi fasilitas negara "
        "dan fasilitas umum, peserta audiensi, serta masyarakat pengguna jalan, sehingga kegiatan "
        "berjalan aman, tertib dan lancar tanpa mengurangi pengamanan TPS."
    ),
    "execution": (
        "Konsep: pengamanan terbuka dan tertutup dengan pola tiga ring. Ring I ruang audiensi dan "
        "pintu gedung (pengamanan tertutup komisioner); Ring II halaman, gerbang utama dengan "
        "pemeriksaan badan dan barang, gerbang samping sebagai jalur evakuasi; Ring III "
        "barikade Dalmas di depan gerbang, perimeter, pos pantau dan parkir massa; rekayasa "
        "lalu lintas di Jl. Veteran dan Simpang Veteran.\n"
        "Cara bertindak: humanis namun tegas; komunikasi dan negosiasi didahulukan; tindakan "
        "tegas hanya bila massa mengganggu ketertiban umum, antara lain menutup jalan utama. "
        "Peningkatan dari Dalmas awal ke Dalmas lanjut hanya atas perintah Kapolres.\n"
        "Tahap persiapan (14.30-16.30): apel, sterilisasi gedung dan halaman, penempatan personel. "
        "Tahap pelaksanaan (16.30-20.00): audiensi dan penyampaian aspirasi. Tahap konsolidasi "
        "(20.00-21.30): pengawalan massa membubarkan diri, apel konsolidasi dan laporan."
    ),
    "rules": (
        "1. Tidak membawa senjata api di Ring II dan Ring III kecuali danpos yang ditunjuk; "
        "senjata disimpan di Posko.\n"
        "2. Penggunaan kekuatan bertahap sesuai Perkap 1 Tahun 2009; pengendalian massa sesuai "
        "Perkap 16 Tahun 2006.\n"
        "3. Peserta aksi perempuan ditangani oleh Polwan.\n"
        "4. Tidak terpancing provokasi; tidak mengeluarkan kata-kata kasar; tidak melakukan "
        "kekerasan berlebihan.\n"
        "5. Setiap perubahan situasi dilaporkan ke Posko melalui HT."
    ),
    "contingency": (
        "Bila massa bertambah di atas 500 orang atau menutup Jl. Veteran: kelompok Cadangan "
        "Dalmas lanjut (Danru Aipda Jaka Permana, disiagakan di truk Dalmas halaman Posko) atas "
        "perintah Kapolres mengenakan perlengkapan Dalmas lanjut dan menggantikan Dalmas awal di tempat; Sat Lantas mengalihkan arus di "
        "Simpang Veteran. Bila terjadi anarkis: kendali diserahkan kepada Kapolres dan diminta "
        "bantuan Brimob Polda Jabar (BKO). Bila komisioner terancam: evakuasi melalui pintu "
        "belakang dan gerbang samping ke Mapolres. Korban luka ditangani Pos Kesehatan dan "
        "dirujuk ke RSUD Bayu Asih."
    ),
    "logistics": (
        "Konsumsi satu kali makan malam dan air mineral disiapkan Bag Log di Posko pukul 18.30. "
        "Kendaraan: mobil pengurai massa 1, mobil patroli 2, ambulans 1, truk Dalmas 1. "
        "Perlengkapan Dalmas awal dibawa; perlengkapan Dalmas lanjut disiagakan di truk Dalmas."
    ),
    "communications": (
        "Jaring komando Ch 1 (Posko, Kapolres, Kasat Samapta); Ch 2 Ring I; Ch 3 Ring II dan "
        "Pos Kesehatan; Ch 4 Dalmas, perimeter dan patroli; Ch 5 Lantas; Ch 6 Intel. "
        'Sandi panggilan: Kapolres Purwakarta-1, Kasat Samapta Purwakarta-7, Posko "Kijang". '
        "Laporan situasi ke Posko setiap 30 menit dan segera bila ada perubahan."
    ),
}


# Command groups: code, name, role, commander (by name), posts, reserve; the reserve's members
# are the STAFF people marked "reserve".
GROUPS: list[tuple] = [
    ("POSKO", "Posko (Pos Komando)", "komando", "Dedi Supriatna", ["P00"], False),
    ("RING1", "Pam Ring I (ruang audiensi dan gedung)", "pam_ring", "Hendra Gunawan", ["P01", "P02"], False),
    ("RING2", "Pam Ring II (gerbang dan halaman)", "pam_ring", "Wawan Hermawan", ["P03", "P04"], False),
    ("DALMAS", "Dalmas awal dan negosiator", "dalmas_awal", "Tatang Sudrajat", ["P06"], False),
    ("RING3", "Pam Ring III (Polsek Bungursari)", "polsek", "Nurdin Syamsudin", ["P07", "P09", "P13"], False),
    ("INTEL", "Intelijen", "intel", "Saepul Anwar", ["P08"], False),
    ("LANTAS", "Lalu lintas", "lantas", "Wahyu Hidayat", ["P10", "P11"], False),
    ("HUMAS", "Humas dan media", "humas", "Nandang Sutisna", ["P05"], False),
    ("DOKKES", "Kesehatan", "dokkes", "Eti Rohaeti", ["P12"], False),
    ("CAD", "Cadangan Dalmas lanjut", "dalmas_lanjut", "Jaka Permana", [], True),
]
RESERVE_HELD_AT = "Truk Dalmas di halaman Posko (Kantor KPU, sisi barat)"
RESERVE_TRIGGER = (
    "Massa di atas 500 orang, menutup Jl. Veteran atau memaksa masuk: atas perintah Kapolres "
    "mengenakan perlengkapan Dalmas lanjut dan menggantikan Dalmas awal di tempat."
)

# Parties outside the police the command post must reach (contacts annex).
OUTSIDE_CONTACTS: list[dict] = [
    {"party": "KPU Kabupaten Purwakarta", "name": "Sekretaris KPU (penghubung audiensi)", "phone": "0264-200101"},
    {
        "party": "Bawaslu Kabupaten Purwakarta",
        "name": "Koordinator Divisi Penanganan Pelanggaran",
        "phone": "0264-200202",
    },
    {"party": "Koordinator lapangan LSM", "name": "Korlap aksi (surat pemberitahuan)", "phone": "0813-2000-0303"},
    {"party": "Kodim 0619/Purwakarta", "name": "Pasi Ops Kodim", "phone": "0264-200404"},
    {"party": "RSUD Bayu Asih", "name": "IGD (rujukan korban)", "phone": "0264-200505"},
    {"party": "Dinas Perhubungan Kab. Purwakarta", "name": "Kepala Bidang Lalu Lintas", "phone": "0264-200606"},
]


def _nrp(rank: str, index: int) -> str:
    year = _BIRTH_YEAR.get(rank)
    if year is None:
        return ""
    month = 1 + (index * 5) % 12
    return f"{year:02d}{month:02d}{(index * 379 + 1021) % 10000:04d}"


def _phone(index: int) -> str:
    return f"0812-{2100 + index * 37 % 7900:04d}-{(index * 7919) % 10000:04d}"


def build_demo_plan() -> Plan:
    plan = Plan()
    operation = Operation(
        name="Pengamanan Audiensi LSM di Kantor KPU Kabupaten Purwakarta",
        kind="audiensi",
        venue="Kantor KPU Kabupaten Purwakarta",
        address="Jl. Veteran, Kecamatan Purwakarta, Kabupaten Purwakarta, Jawa Barat",
        start=_t(27, 14, 30),
        end=_t(27, 21, 30),
        classification="TERBATAS",
        **TEXTS,
    )
    posts = []
    for code, name, ring, kind, (px, py), lo, hi, skills, min_rank, channel, shifts, tasks, equip in POSTS:
        x, y = _px(px, py)
        posts.append(
            Post(
                code=code,
                name=name,
                ring=ring,
                kind=kind,
                x=x,
                y=y,
                min_staff=lo,
                max_staff=hi,
                required_skills=dict(skills),
                commander_min_rank=min_rank,
                tasks=tasks,
                equipment=equip,
                radio_channel=channel,
                shifts=list(shifts),
                sector="Purwakarta",
                district="Purwakarta",
                village="Nagri Kaler",
                address="Kantor KPU Kab. Purwakarta, Jl. Veteran",
            )
        )
    personnel: list[Person] = []
    home: list[tuple[str, str, str]] = []  # person id, post, role
    reserve: list[str] = []
    commander = field_commander = None
    for index, (post, unit, rank, name, gender, skills, role, position) in enumerate(STAFF + ROSTER, start=1):
        pid = f"p{index:03d}"
        callsign = CALLSIGNS.get(role, "")
        if role == "danpos":
            callsign = f"Kijang-{post[1:]}"
        personnel.append(
            Person(
                id=pid,
                name=name,
                nrp=_nrp(rank, index),
                rank=rank,
                unit=unit,
                position=position,
                gender=gender,
                phone=_phone(index),
                callsign=callsign,
                skills=list(skills),
            )
        )
        if role == "commander":
            commander = pid
        elif role == "field_commander":
            field_commander = pid
        elif role == "reserve":
            reserve.append(pid)
        elif post is not None:
            home.append((pid, post, role))
    operation.commander = commander
    operation.field_commander = field_commander

    from desktop.model import Assignment

    post_by_code = {p.code: p for p in posts}
    assignments = [
        Assignment(pid, post, shift.code, role)
        for pid, post, role in home
        for shift in SHIFTS
        if post_by_code[post].manned_in(shift.code)
    ]
    plan.load(
        operation=operation,
        units=UNITS,
        personnel=personnel,
        shifts=SHIFTS,
        posts=posts,
        assignments=assignments,
        site_plan=SitePlan(
            title="Denah Pengamanan Kantor KPU Kabupaten Purwakarta",
            image_png=draw_site_plan(),
            scale_note="Skala grafis: batang skala 50 m, 1 kotak grid = 10 m",
        ),
        ring_outlines=[
            RingOutline(
                "I",
                "Ring I: gedung dan ruang audiensi",
                [_px(*p) for p in ((480, 160), (1170, 160), (1170, 490), (480, 490))],
            ),
            RingOutline(
                "II",
                "Ring II: halaman dan gerbang",
                [_px(*p) for p in ((285, 105), (1420, 105), (1420, 875), (285, 875))],
            ),
            RingOutline(
                "III",
                "Ring III: sekitar dan jalan",
                [_px(*p) for p in ((60, 60), (1560, 60), (1560, 1090), (60, 1090))],
            ),
        ],
        settings={
            "max_hours": 12,
            "min_rest_hours": 8,
            # the drawn scale bar: 250 px of the 1600 px wide picture are 50 m (draw_site_plan)
            "siteplan_width_m": PLAN_W * 50 / 250,
            "kop": ["KEPOLISIAN NEGARA REPUBLIK INDONESIA", "DAERAH JAWA BARAT", "RESOR PURWAKARTA"],
            "place": "Purwakarta",
            "signed_on": "2024-11-26",
            "outside_contacts": OUTSIDE_CONTACTS,
        },
        groups=_groups(personnel, reserve),
    )
    plan.revision = 0
    return plan


def _groups(personnel: list[Person], reserve: list[str]) -> list[Group]:
    by_name = {p.name: p.id for p in personnel}
    out = []
    for code, name, role, commander, posts, is_reserve in GROUPS:
        cmd = by_name[commander]
        members = [pid for pid in reserve if pid != cmd] if is_reserve else []
        out.append(
            Group(
                code,
                name,
                role,
                cmd,
                list(posts),
                members,
                is_reserve,
                RESERVE_HELD_AT if is_reserve else "",
                RESERVE_TRIGGER if is_reserve else "",
            )
        )
    return out


def draw_site_plan() -> bytes:
    """Draw the KPU compound, its buildings, the roads and the parking as a PNG."""
    from PIL import Image, ImageDraw, ImageFont

    img = Image.new("RGB", (PLAN_W, PLAN_H), (246, 244, 236))
    d = ImageDraw.Draw(img)
    grid = (228, 225, 214)
    for gx in range(0, PLAN_W, 50):
        d.line([(gx, 0), (gx, PLAN_H)], fill=grid, width=1)
    for gy in range(0, PLAN_H, 50):
        d.line([(0, gy), (PLAN_W, gy)], fill=grid, width=1)

    def font(size: int) -> ImageFont.ImageFont:
        return ImageFont.load_default(size=size)  # type: ignore[return-value]

    road, kerb, marking = (190, 190, 186), (150, 150, 146), (250, 250, 250)
    # Jl. Veteran (east-west) and Jl. Kapten Halim (north-south), the junction bottom-left.
    d.rectangle([0, 880, PLAN_W, 980], fill=road, outline=kerb)
    d.rectangle([80, 0, 170, PLAN_H], fill=road, outline=kerb)
    d.rectangle([80, 880, 170, 980], fill=road)
    for x in range(190, PLAN_W, 60):
        d.line([(x, 930), (x + 30, 930)], fill=marking, width=3)
    for y in range(0, 870, 60):
        d.line([(125, y), (125, y + 30)], fill=marking, width=3)
    for i in range(6):  # zebra crossing at the main gate
        d.rectangle([770 + i * 22, 885, 782 + i * 22, 975], fill=marking)
    d.text((1000, 905), "JL. VETERAN", fill=(90, 90, 90), font=font(26))
    d.text((1350, 945), "arah Simpang Sadang >", fill=(110, 110, 110), font=font(18))
    halim = Image.new("RGBA", (420, 40), (0, 0, 0, 0))
    ImageDraw.Draw(halim).text((0, 5), "JL. KAPTEN HALIM", fill=(90, 90, 90), font=font(26))
    img.paste(halim.rotate(90, expand=True), (108, 300), halim.rotate(90, expand=True))
    d.text((180, 985), "SIMPANG VETERAN", fill=(90, 90, 90), font=font(20))
    # Jl. Gandanegara along the east side.
    d.rectangle([1440, 0, 1500, 880], fill=road, outline=kerb)
    gnd = Image.new("RGBA", (360, 34), (0, 0, 0, 0))
    ImageDraw.Draw(gnd).text((0, 5), "JL. GANDANEGARA", fill=(90, 90, 90), font=font(22))
    img.paste(gnd.rotate(90, expand=True), (1456, 250), gnd.rotate(90, expand=True))

    # The compound: lawn, fence, gates.
    d.rectangle([300, 120, 1400, 860], fill=(222, 236, 212))
    d.rectangle([300, 120, 1400, 860], outline=(70, 70, 70), width=6)
    d.rectangle([760, 852, 900, 868], fill=(246, 244, 236))  # main gate gap
    d.line([(760, 860), (900, 860)], fill=(200, 60, 40), width=4)
    d.rectangle([1392, 600, 1408, 680], fill=(246, 244, 236))  # side gate gap
    d.line([(1400, 600), (1400, 680)], fill=(200, 60, 40), width=4)
    d.text((1252, 690), "GERBANG SAMPING", fill=(60, 60, 60), font=font(16))

    # Yard and driveway.
    d.rectangle([450, 500, 1250, 820], fill=(214, 210, 200), outline=(170, 165, 150))
    d.rectangle([780, 470, 880, 860], fill=(205, 200, 190))
    d.text((560, 640), "HALAMAN / AREA TUNGGU", fill=(80, 80, 80), font=font(22))
    d.text((600, 832), "GERBANG UTAMA", fill=(60, 60, 60), font=font(18))

    building, roof = (200, 188, 168), (120, 105, 90)
    d.rectangle([500, 180, 1150, 460], fill=building, outline=roof, width=4)
    d.text((520, 195), "KANTOR KPU KABUPATEN PURWAKARTA", fill=(50, 40, 30), font=font(24))
    d.rectangle([800, 230, 1120, 420], fill=(232, 220, 196), outline=roof, width=3)
    d.text((830, 245), "RUANG AUDIENSI", fill=(50, 40, 30), font=font(20))
    d.text((830, 270), "(ruang rapat komisioner)", fill=(80, 70, 60), font=font(16))
    d.rectangle([530, 240, 770, 420], fill=(224, 212, 190), outline=roof, width=2)
    d.text((545, 255), "SEKRETARIAT", fill=(50, 40, 30), font=font(18))
    d.rectangle([805, 455, 855, 470], fill=(120, 80, 40))  # main door
    d.text((870, 472), "PINTU UTAMA", fill=(60, 60, 60), font=font(16))
    d.rectangle([1100, 440, 1140, 460], fill=(120, 80, 40))
    d.rectangle([1180, 150, 1380, 420], fill=building, outline=roof, width=4)
    d.text((1195, 165), "GUDANG LOGISTIK", fill=(50, 40, 30), font=font(20))
    d.text((1195, 190), "(rekapitulasi)", fill=(80, 70, 60), font=font(16))

    d.rectangle([320, 700, 470, 840], fill=building, outline=roof, width=3)
    d.text((335, 712), "POS JAGA", fill=(50, 40, 30), font=font(18))
    d.rectangle([1200, 500, 1380, 600], fill=(236, 232, 222), outline=(130, 130, 130), width=2)
    d.text((1215, 510), "TENDA MEDIA", fill=(60, 60, 60), font=font(16))
    d.rectangle([1250, 720, 1380, 840], fill=(250, 250, 250), outline=(180, 40, 40), width=3)
    d.line([(1300, 745), (1300, 785)], fill=(200, 40, 40), width=8)
    d.line([(1280, 765), (1320, 765)], fill=(200, 40, 40), width=8)
    d.text((1262, 800), "TENDA P3K", fill=(150, 30, 30), font=font(16))
    d.rectangle([320, 140, 470, 460], fill=(205, 215, 205), outline=(150, 160, 150))
    d.text((335, 150), "PARKIR", fill=(70, 80, 70), font=font(18))
    d.text((335, 172), "PEGAWAI", fill=(70, 80, 70), font=font(18))

    # Parking for the crowd's vehicles south of the road.
    d.rectangle([880, 995, 1420, 1090], fill=(214, 214, 206), outline=(160, 160, 150))
    for x in range(900, 1410, 40):
        d.line([(x, 1000), (x, 1035)], fill=(250, 250, 250), width=2)
    d.text((905, 1050), "LAHAN PARKIR (kendaraan massa)", fill=(70, 70, 70), font=font(18))
    d.rectangle([420, 995, 760, 1090], fill=(226, 222, 210), outline=(170, 165, 150))
    d.text((440, 1040), "PERTOKOAN", fill=(100, 100, 100), font=font(18))

    # North arrow and scale bar.
    d.polygon([(1540, 120), (1525, 170), (1555, 170)], fill=(40, 40, 40))
    d.text((1531, 80), "U", fill=(40, 40, 40), font=font(28))
    d.rectangle([320, 50, 570, 62], outline=(40, 40, 40), width=2)
    d.rectangle([320, 50, 445, 62], fill=(40, 40, 40))
    d.text((320, 68), "0", fill=(40, 40, 40), font=font(16))
    d.text((540, 68), "50 m", fill=(40, 40, 40), font=font(16))
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=True)
    return buf.getvalue()
