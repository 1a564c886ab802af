"""The Kota Bekasi case: the mayor's pledge to absorb 150,000 workers (2018–2023).

Every figure and every word below comes from one article: rilisinfo.com, "Disnaker
Penuhi Janji Kampanye Politik Wali Kota Bekasi Serap 150.000 Tenaga Kerja", reporting
a public discussion held on Friday 22 July 2022. Figures are written as the article
prints them and read with :func:`pledgekit.text.parse_number`.
"""

from __future__ import annotations

import datetime as dt

from pledgekit import (
    Accumulation,
    Case,
    Claim,
    ClaimKind,
    Direction,
    Goal,
    Indicator,
    Membership,
    Mission,
    Objective,
    Observation,
    Organization,
    Period,
    Person,
    Plan,
    Pledge,
    Program,
    Rounding,
    Source,
    Target,
)
from pledgekit.text import parse_number

STATED_ON = dt.date(2022, 7, 22)
AS_OF = dt.date(2022, 6, 30)  # "hingga bulan Juni"
TERM = Period.term(dt.date(2018, 9, 20))

ARTICLE = Source(
    "rilisinfo.com",
    "Disnaker Penuhi Janji Kampanye Politik Wali Kota Bekasi Serap 150.000 Tenaga Kerja",
    published=STATED_ON,
    id="rilisinfo-2022-07-22",
)

DISNAKER = Organization("Dinas Tenaga Kerja Kota Bekasi", classification="agency")
LILIS = Membership(
    Person("Lilis Kusbandiah", honorific_prefix="Dra.", honorific_suffix="MM"),
    post="Kepala Bidang Penempatan Tenaga Kerja dan Perluasan Kesempatan Kerja",
    organization=DISNAKER,
)
MAYOR = Membership(
    post="Wali Kota Bekasi", start_date=TERM.start, end_date=TERM.end, role="kepala daerah"
)

ABSORBED = Indicator(
    "Tenaga kerja baru terserap",
    "orang",
    direction=Direction.INCREASE,
    accumulation=Accumulation.SUM,
    definition="New workers absorbed into jobs, the pledge's own words: "
    "'penyerapan 150.000 tenaga kerja baru'.",
    id="absorbed",
)
OPPORTUNITIES = Indicator(
    "Peluang kerja dibuka",
    "orang",
    direction=Direction.INCREASE,
    accumulation=Accumulation.SUM,
    definition="Job opportunities the labour office opened (competence training, new "
    "entrepreneurs, job fairs through BKK), as the office restated the pledge: "
    "'kita tidak menyerap tenaga kerja melainkan membuka peluang 150.000 tenaga kerja'.",
    id="opportunities",
)

JOBS_TARGET = Target(ABSORBED, parse_number("150.000"), period=TERM, id="jobs-150k")

PLEDGE = Pledge(
    "Penyerapan 150.000 tenaga kerja baru dalam periode kepemimpinan 2018-2023",
    translation="Absorb 150,000 new workers during the 2018–2023 term",
    made_by=MAYOR,
    source=ARTICLE,
    targets=[JOBS_TARGET],
    programs=[10],
    id="serap-150000",
)

PLAN = Plan(
    "Kota Bekasi",
    TERM,
    vision="Bekasi Cerdas, Kreatif, Maju, Sejahtera dan Ihsan",
    missions=[
        Mission(1, "Meningkatkan tata kelola pemerintahan yang baik"),
        Mission(3, "Meningkatkan perekonomian berbasis potensial jasa kreatif"),
    ],
    goals=[
        Goal(
            "Mewujudkan tata kelola pemerintahan yang profesional dan akuntabel",
            mission=1,
        ),
        Goal(
            "Memperkuat struktur perekonomian kota dengan pengembangan ekonomi kreatif",
            mission=3,
            objectives=[Objective("Laju pertumbuhan ekonomi")],
        ),
    ],
    programs=[
        Program(
            10,
            "Pembukaan peluang 150.000 tenaga kerja baru melalui peningkatan kompetensi",
            missions=[1, 3],
            agency="Dinas Tenaga Kerja Kota Bekasi",
            targets=[JOBS_TARGET],
        )
    ],
    program_count=45,
)

_YEARS_QUOTE = (
    "di tahun 2019 penyerapan penempatan tenaga kerja sebanyak 27.197, tahun 2020 sebanyak "
    "56.000, tahun 2021 sebanyak 58.000 dan tahun 2022 sebanyak 5.108"
)


def _reported(period: Period, figure: str, *, rounded: bool = False) -> Observation:
    return Observation(
        period,
        parse_number(figure),
        # Round thousands such as "56.000" may be rounded to the thousand.
        resolution=1000 if rounded else None,
        source=ARTICLE,
        note=_YEARS_QUOTE,
        indicator=ABSORBED,
    )


OBSERVATIONS = (
    _reported(Period.year(2019), "27.197"),
    _reported(Period.year(2020), "56.000", rounded=True),
    _reported(Period.year(2021), "58.000", rounded=True),
    # "tahun 2022 sebanyak 5.108", reported with "hingga bulan Juni": January–June.
    _reported(Period.months(2022, 1, 6), "5.108"),
)

CLAIMS = (
    Claim(
        ClaimKind.ACHIEVED,
        parse_number("141.000"),
        AS_OF,
        stated_on=STATED_ON,
        resolution=1000,
        rounding=Rounding.DOWN,
        speaker=LILIS,
        source=ARTICLE,
        indicator=OPPORTUNITIES,
        target=JOBS_TARGET,
        quote="Jadi kita tidak menyerap tenaga kerja melainkan membuka peluang 150.000 "
        "tenaga kerja. Kita memang sudah menyerap, target Bapak wali kota dari 150.000 "
        "sudah 141.000.",
        dateline="Jum’at (22/7/2022)",
    ),
    Claim(
        ClaimKind.ACHIEVED,
        parse_number("141.624"),
        AS_OF,
        stated_on=STATED_ON,
        speaker=Membership(organization=DISNAKER),
        source=ARTICLE,
        target=JOBS_TARGET,
        quote="Hingga bulan Juni ini sudah terserap 141.624 pencaker.",
        dateline="Jum’at (22/7/2022)",
    ),
    Claim(
        ClaimKind.REMAINING,
        parse_number("8276"),
        AS_OF,
        stated_on=STATED_ON,
        speaker=Membership(organization=DISNAKER),
        source=ARTICLE,
        target=JOBS_TARGET,
        quote="Jadi masih punya utang sisa target 8276.",
        dateline="Jum’at (22/7/2022)",
    ),
)


def bekasi_case() -> Case:
    """The whole case, ready to assess."""
    return Case(
        "Kota Bekasi: 150.000 tenaga kerja (2018–2023)",
        description="The labour office's progress statement of 22 July 2022 on the "
        "mayor's pledge to absorb 150,000 new workers.",
        plan=PLAN,
        pledges=[PLEDGE],
        indicators=[ABSORBED, OPPORTUNITIES],
        targets=[JOBS_TARGET],
        observations=OBSERVATIONS,
        claims=CLAIMS,
        sources=[ARTICLE],
    )
