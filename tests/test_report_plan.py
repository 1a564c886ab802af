"""Reports of a plan: laid out along its tree, a table per sasaran, one target's full page."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import attrs
import pytest

from pledgekit import (
    Accumulation,
    Assessment,
    Case,
    Direction,
    Goal,
    Indicator,
    InvalidValueError,
    Mission,
    Objective,
    Observation,
    Period,
    Plan,
    Program,
    Target,
)
from pledgekit.cli import main
from pledgekit.io import dump, load
from pledgekit.report import LAYOUTS, plan_layout, render

BEKASI = Path(__file__).parent.parent / "examples" / "bekasi" / "case.toml"
YEARS = range(2019, 2024)
PERIOD = Period.years(2019, 2023)
AS_OF = dt.date(2021, 12, 31)


def _indicator(
    id: str, name: str, unit: str, *, falling: bool = False, summed: bool = False
) -> Indicator:
    return Indicator(
        name,
        unit,
        direction=Direction.DECREASE if falling else Direction.INCREASE,
        accumulation=Accumulation.SUM if summed else Accumulation.LAST,
        id=id,
    )


def _target(
    indicator: Indicator, value: object, yearly: list[object], baseline: object = 0
) -> Target:
    """A five-year target (2019–2023) with a value for each year."""
    schedule = {Period.year(year): v for year, v in zip(YEARS, yearly, strict=True)}
    return Target(
        indicator, value, baseline=baseline, period=PERIOD, schedule=schedule, id=indicator.id
    )


def plan_case() -> Case:
    """Two missions, three goals, five objectives (one empty) and seven targets.

    Assessed on 31 December 2021, three plan years in (2019–2021):

    - jobs (sasaran 1.1.1, program 10 of 45): 9,000 + 10,000 + 11,000 = 30,000 of 50,000;
    - unemp (sasaran 1.1.1, less is better): 8.0 → 6.0, last figure 6.9;
    - growth (sasaran 1.1.2): 5.0 → 6.0, last figure 5.6;
    - roads (sasaran 1.2.1, the second goal of misi 1): 20 + 15 + 25 = 60 of 100 km;
    - poor (on goal 2.1 itself, less is better): 6 → 4, last figure 5.0;
    - ipm (sasaran 2.1.1): 70 → 75, last figure 72.5; sasaran 2.1.2 has no target;
    - wifi (only program 12 carries it: outside the tree): 80 + 90 = 170 of 500, no 2021.
    """
    jobs = _indicator("jobs", "Tenaga kerja baru", "orang", summed=True)
    unemp = _indicator("unemp", "Tingkat pengangguran terbuka", "%", falling=True)
    growth = _indicator("growth", "Laju pertumbuhan ekonomi", "%")
    roads = _indicator("roads", "Jalan dalam kondisi mantap", "km", summed=True)
    poor = _indicator("poor", "Persentase penduduk miskin", "%", falling=True)
    ipm = _indicator("ipm", "Indeks pembangunan manusia", "poin")
    wifi = _indicator("wifi", "Titik wifi publik", "titik", summed=True)
    targets = {
        "jobs": _target(jobs, 50000, [10000] * 5),
        "unemp": _target(unemp, "6.0", ["7.6", "7.2", "6.8", "6.4", "6.0"], "8.0"),
        "growth": _target(growth, "6.0", ["5.2", "5.4", "5.6", "5.8", "6.0"], "5.0"),
        "roads": _target(roads, 100, [20] * 5),
        "poor": _target(poor, 4, ["5.6", "5.2", "4.8", "4.4", "4.0"], 6),
        "ipm": _target(ipm, 75, [71, 72, 73, 74, 75], 70),
        "wifi": _target(wifi, 500, [100] * 5),
    }
    figures = {
        jobs: [9000, 10000, 11000],
        unemp: ["7.8", "7.0", "6.9"],
        growth: ["5.1", "-2.0", "5.6"],
        roads: [20, 15, 25],
        poor: ["5.5", "5.4", "5.0"],
        ipm: [71, 72, "72.5"],
        wifi: [80, 90],
    }
    observations = [
        Observation(Period.year(year), value, indicator=indicator)
        for indicator, values in figures.items()
        for year, value in zip(YEARS, values, strict=False)
    ]
    t = targets
    plan = Plan(
        "Kabupaten Contoh",
        PERIOD,
        vision="Contoh yang maju",
        missions=[Mission(1, "Ekonomi yang tumbuh"), Mission(2, "Manusia yang sehat")],
        goals=[
            Goal(
                "Ekonomi tumbuh",
                mission=1,
                objectives=[
                    Objective("Lapangan kerja", targets=[t["jobs"], t["unemp"]]),
                    Objective("Pertumbuhan", targets=[t["growth"]]),
                ],
            ),
            Goal(
                "Manusia sehat",
                mission=2,
                objectives=[Objective("IPM naik", targets=[t["ipm"]]), Objective("Kosong")],
                targets=[t["poor"]],
            ),
            Goal("Infrastruktur", mission=1, objectives=[Objective("Jalan", targets=[t["roads"]])]),
        ],
        programs=[
            Program(10, "Kerja", missions=[1], targets=[t["jobs"]]),
            Program(12, "Wifi", missions=[2], targets=[t["wifi"]]),
        ],
        program_count=45,
    )
    return Case(
        "RPJMD Contoh",
        plan=plan,
        indicators=[jobs, unemp, growth, roads, poor, ipm, wifi],
        targets=list(targets.values()),
        observations=observations,
    )


@pytest.fixture(scope="module")
def plan() -> Assessment:
    return plan_case().assess(AS_OF)


@pytest.fixture(scope="module")
def bekasi() -> Assessment:
    return load(BEKASI).assess()


def large_plan(count: int = 45) -> Case:
    """``count`` yearly targets spread over 2 missions, 4 goals and 12 objectives.

    Target k (from 0) stands under objective k mod 12: 100 a year, 500 in all; its
    figures 2019–2021 are 90, 95 and 100.
    """
    indicators = [_indicator(f"i{k}", f"Indikator {k}", "unit", summed=True) for k in range(count)]
    targets = [_target(indicator, 500, [100] * 5) for indicator in indicators]
    objectives: list[list[Target]] = [[] for _ in range(12)]
    for k, target in enumerate(targets):
        objectives[k % 12].append(target)
    goals = [
        Goal(
            f"Tujuan {g}",
            mission=1 + g // 2,
            objectives=[
                Objective(f"Sasaran {g}.{o}", targets=objectives[3 * g + o]) for o in range(3)
            ],
        )
        for g in range(4)
    ]
    plan = Plan(
        "Kota Besar",
        PERIOD,
        vision="Besar",
        missions=[Mission(1, "Satu"), Mission(2, "Dua")],
        goals=goals,
    )
    observations = [
        Observation(Period.year(year), value, indicator=indicator)
        for indicator in indicators
        for year, value in zip(YEARS, [90, 95, 100], strict=False)
    ]
    return Case(
        "Besar", plan=plan, indicators=indicators, targets=targets, observations=observations
    )


def _lines_between(report: str, start: str, end: str) -> list[str]:
    lines = report.splitlines()
    first = next(i for i, line in enumerate(lines) if line.strip().startswith(start))
    last = next(
        i
        for i, line in enumerate(lines[first + 1 :], start=first + 1)
        if line.strip().startswith(end)
    )
    return lines[first:last]


def _cells(line: str) -> list[str]:
    """The cells of a text table's row: columns stand two spaces or more apart."""
    return re.split(r"\s{2,}", line.strip())


class TestTheLayoutRule:
    def test_a_plan_carrying_many_targets(self, plan: Assessment) -> None:
        """Seven targets the plan carries: the plan's layout."""
        assert plan_layout(plan)

    def test_a_single_target_keeps_its_page(self, bekasi: Assessment) -> None:
        """Bekasi's plan carries one target (program 10): a page per target."""
        assert not plan_layout(bekasi)

    def test_explicit_layouts(self, plan: Assessment, bekasi: Assessment) -> None:
        """``layout`` overrides the rule either way."""
        assert (False, True) == (plan_layout(plan, "targets"), plan_layout(bekasi, "plan"))
        assert ("auto", "plan", "targets") == LAYOUTS

    def test_an_unknown_layout(self, plan: Assessment) -> None:
        """An unknown layout is an error naming the three."""
        with pytest.raises(InvalidValueError, match="'auto', 'plan', 'targets'"):
            render(plan, layout="tree")  # type: ignore[arg-type]

    def test_bekasi_is_as_it_was(self, bekasi: Assessment) -> None:
        """Bekasi's report with the rule is its page-per-target report, in both formats."""
        for format in ("text", "markdown"):
            assert render(bekasi, format=format, layout="targets") == render(bekasi, format=format)  # type: ignore[arg-type]


class TestPlanText:
    def test_the_tree_in_order(self, plan: Assessment) -> None:
        """Misi, tujuan (numbered within their misi) and sasaran, then what is outside."""
        report = render(plan, lang="en")
        headings = [
            line.strip()
            for line in report.splitlines()
            if line.strip().startswith(("Mission ", "Goal ", "Objective ", "Targets not"))
        ]
        assert [
            "Mission 1: Ekonomi yang tumbuh",
            "Goal 1.1: Ekonomi tumbuh",
            "Objective 1.1.1: Lapangan kerja",
            "Objective 1.1.2: Pertumbuhan",
            "Goal 1.2: Infrastruktur",
            "Objective 1.2.1: Jalan",
            "Mission 2: Manusia yang sehat",
            "Goal 2.1: Manusia sehat",
            "Objective 2.1.1: IPM naik",
            "Objective 2.1.2: Kosong",
            "Targets not in the plan's tree",
        ] == headings

    def test_the_plan_heads_it(self, plan: Assessment) -> None:
        """The plan's name, region, period and vision open the report; the programs follow."""
        lines = render(plan).splitlines()
        start = lines.index("RENCANA")
        assert [
            "  RPJMD Kabupaten Contoh, 2019–2023",
            "  Visi: Contoh yang maju",
        ] == lines[start + 1 : start + 3]
        assert [
            "  Program prioritas 10 dari 45: Kerja (misi 1)",
            "  Program prioritas 12 dari 45: Wifi (misi 2)",
        ] == lines[start + 5 : start + 7]

    def test_one_row_per_indicator(self, plan: Assessment) -> None:
        """Sasaran 1.1.1: one table, a row for jobs and one for unemployment.

        Jobs 30,000 / 50,000 = 60 % (Rendah, 51–66); unemployment (2 × 6.0 − 6.9) / 6.0 =
        85 % (Tinggi, 76–91).
        """
        table = _lines_between(render(plan), "Sasaran 1.1.1", "Sasaran 1.1.2")[2:]
        assert [
            "Indikator",
            "Program",
            "Satuan",
            "Target",
            "Realisasi",
            "Tingkat capaian (%)",
            "Predikat",
            "Status",
        ] == _cells(table[1])
        # Jobs: 30,000 of 50,000 after 1,096 of 1,826 days: pace 0.6 × 1826 / 1096 = 0.9996,
        # on track (0.95 and above). Unemployment: (8.0 − 6.9) / (8.0 − 6.0) = 0.55 of the
        # way, pace 0.55 × 1826 / 1096 = 0.916: needs acceleration (0.60 to 0.95).
        assert [
            [
                "Tenaga kerja baru",
                "10 dari 45",
                "orang",
                "50.000",
                "30.000",
                "60,00",
                "Rendah",
                "Sesuai jalur",
            ],
            [
                "Tingkat pengangguran terbuka",
                "%",
                "6,0",
                "6,9",
                "85,00",
                "Tinggi",
                "Perlu percepatan",
            ],
        ] == [_cells(line) for line in table[3:5]]

    def test_no_program_column_where_no_row_has_one(self, plan: Assessment) -> None:
        """Sasaran 1.1.2: growth 5.6 / 6.0 = 93.33 % (Sangat Tinggi), with no program column."""
        table = _lines_between(render(plan), "Sasaran 1.1.2", "Tujuan 1.2")[2:]
        assert "Program" not in _cells(table[1])
        assert ["Laju pertumbuhan ekonomi", "%", "6,0", "5,6", "93,33", "Sangat Tinggi"] == _cells(
            table[3]
        )[:6]

    def test_a_goals_own_target_under_the_goal(self, plan: Assessment) -> None:
        """Poverty stands on goal 2.1 itself: (2 × 4 − 5.0) / 4 = 75 % (Sedang, 66–76)."""
        table = _lines_between(render(plan), "Tujuan 2.1", "Sasaran 2.1.1")[2:]
        assert ["Persentase penduduk miskin", "%", "4", "5,0", "75,00", "Sedang"] == _cells(
            table[3]
        )[:6]

    def test_an_objective_with_no_target(self, plan: Assessment) -> None:
        """An empty sasaran says so, with no table."""
        lines = _lines_between(render(plan, lang="en"), "Objective 2.1.2", "Targets not")
        assert ["Objective 2.1.2: Kosong", "No target."] == [
            line.strip() for line in lines if line.strip()
        ]

    def test_findings_below_the_table_one_line_each(self, plan: Assessment) -> None:
        """Wifi has no 2021 figure: its coverage gap is one line below the outside table."""
        lines = render(plan, lang="en").splitlines()
        start = lines.index("Targets not in the plan's tree")
        rest = [line.strip() for line in lines[start:] if line.strip()]
        # 80 + 90 = 170 of 500: 34 % (Sangat Rendah, below 51).
        assert [
            "Titik wifi publik",
            "12 of 45",
            "titik",
            "500",
            "170",
            "34.00",
            "Sangat Rendah",
        ] == _cells(rest[4])[:7]
        assert "Findings:" == rest[5]
        assert rest[6].startswith(
            "- Titik wifi publik: [WARNING] Coverage gap: No figure covers 2021 (365 days"
        )
        assert 7 == len(rest)

    def test_no_target_page(self, plan: Assessment) -> None:
        """The plan's layout has no per-target page: no reported figures, no claims section."""
        report = render(plan, lang="en")
        assert "Reported figures" not in report
        assert "Claims" not in report


def _mean_lines(report: str, heading: str) -> list[str]:
    """The two lines of means right under a heading."""
    lines = [line.strip() for line in report.splitlines() if not line.startswith("=")]
    start = lines.index(heading)
    return lines[start + 1 : start + 3]


class TestNodeMeans:
    def test_the_plans_mean(self, plan: Assessment) -> None:
        """The plan: the unweighted mean of its seven indicators' capaian, the form's footer.

        (60 + 85 + 93 1/3 + 60 + 75 + 96 2/3 + 34) / 7 = 504 / 7 = 72 % (Sedang, 66–76).
        """
        lines = render(plan, lang="en").splitlines()
        start = lines.index("PLAN")
        assert "  Mean capaian kinerja: 72.00 % (Sedang), 7 indicators" == lines[start + 3]

    def test_a_sasaran_mean_and_its_years(self, plan: Assessment) -> None:
        """Sasaran 1.1.1: (60 + 85) / 2 = 72.50 % (Sedang); 2019 (90 + 97.37) / 2 = 93.68 %.

        2019: jobs 9,000 / 10,000 = 90 %; unemployment (2 × 7.6 − 7.8) / 7.6 = 97.368 %.
        2020: 100 % and (14.4 − 7.0) / 7.2 = 102.78 %: 101.39 %. 2021: 110 % and
        (13.6 − 6.9) / 6.8 = 98.53 %: 104.26 %. 2022 and 2023 are not yet due.
        """
        assert [
            "Mean capaian kinerja: 72.50 % (Sedang), 2 indicators",
            "Year by year: 2019 93.68 % (Sangat Tinggi) · 2020 101.39 % (Sangat Tinggi) · "
            "2021 104.26 % (Sangat Tinggi) · 2022 — · 2023 —",
        ] == _mean_lines(render(plan, lang="en"), "Objective 1.1.1: Lapangan kerja")

    def test_a_missions_mean(self, plan: Assessment) -> None:
        """Misi 1: (60 + 85 + 93 1/3 + 60) / 4 = 74.58 % (Sedang): every indicator below."""
        (line, _) = _mean_lines(render(plan, lang="en"), "Mission 1: Ekonomi yang tumbuh")
        assert "Mean capaian kinerja: 74.58 % (Sedang), 4 indicators" == line

    def test_an_indicator_with_no_rate_is_named(self) -> None:
        """Two indicators, one with no figure: the mean is the other's, the first named.

        Jobs 30,000 of 50,000: 60 % (Rendah); roads has no figure: no rate, left out.
        """
        jobs = _indicator("jobs", "Tenaga kerja baru", "orang", summed=True)
        roads = _indicator("roads", "Jalan", "km", summed=True)
        targets = [_target(jobs, 50000, [10000] * 5), _target(roads, 100, [20] * 5)]
        plan = Plan(
            "Kota Dua",
            PERIOD,
            missions=[Mission(1, "Satu")],
            goals=[Goal("Tujuan", mission=1, objectives=[Objective("Dua", targets=targets)])],
        )
        case = Case(
            "Dua",
            plan=plan,
            indicators=[jobs, roads],
            targets=targets,
            observations=[
                Observation(Period.year(year), 10000, indicator=jobs) for year in (2019, 2020, 2021)
            ],
        )
        (line, _) = _mean_lines(render(case.assess(AS_OF), lang="en"), "Objective 1.1.1: Dua")
        assert (
            "Mean capaian kinerja: 60.00 % (Rendah), 1 indicator; 1 left out, with no rate: roads"
            == line
        )

    def test_no_vision_no_line(self) -> None:
        """A plan read from a sheet has no vision: none is printed, none invented."""
        case = plan_case()
        bare = attrs.evolve(case, plan=attrs.evolve(case.plan, vision=None))
        assert "Visi" not in render(bare.assess(AS_OF))


class TestSasaranUnderAMisi:
    def test_after_the_misis_tujuan(self) -> None:
        """A sasaran directly under misi 1 comes after its tujuan, numbered 1.1 in the misi."""
        case = plan_case()
        assert case.plan is not None
        growth = case.target("growth")
        goals = list(case.plan.goals)
        first = goals[0]
        goals[0] = attrs.evolve(first, objectives=first.objectives[:1])
        missions = list(case.plan.missions)
        missions[0] = attrs.evolve(
            missions[0], objectives=[Objective("Langsung", targets=[growth])]
        )
        plan = attrs.evolve(case.plan, goals=goals, missions=missions)
        report = render(attrs.evolve(case, plan=plan).assess(AS_OF), lang="en")
        headings = [
            line
            for line in report.splitlines()
            if line.strip().startswith(("Goal 1", "Objective 1"))
        ]
        assert [
            "  Goal 1.1: Ekonomi tumbuh",
            "    Objective 1.1.1: Lapangan kerja",
            "  Goal 1.2: Infrastruktur",
            "    Objective 1.2.1: Jalan",
            "  Objective 1.1: Langsung",
        ] == headings
        # Growth alone: 5.6 / 6.0 = 93.33 % (Sangat Tinggi).
        assert (
            "Mean capaian kinerja: 93.33 % (Sangat Tinggi), 1 indicator"
            == _mean_lines(report, "Objective 1.1: Langsung")[0]
        )
        table = _lines_between(report, "Objective 1.1: Langsung", "Mission 2")
        assert ["Laju pertumbuhan ekonomi", "%", "6.0", "5.6", "93.33"] == _cells(table[5])[:5]


def budget_case() -> Case:
    """One sasaran with jobs (and its budget, listed only in the case) and roads.

    Budget: Rp 1,000 a year, 5,000 in all; spent 900 and 1,000 in 2019–2020.
    """
    jobs = _indicator("jobs", "Tenaga kerja baru", "orang", summed=True)
    roads = _indicator("roads", "Jalan", "km", summed=True)
    money = _indicator("jobs-anggaran", "Anggaran Tenaga kerja baru", "Rp", summed=True)
    budget = _target(money, 5000, [1000] * 5)
    jobs_target = attrs.evolve(_target(jobs, 50000, [10000] * 5), budget=budget)
    roads_target = _target(roads, 100, [20] * 5)
    objective = Objective("Kerja", targets=[jobs_target, roads_target])
    plan = Plan(
        "Kota Anggaran",
        PERIOD,
        missions=[Mission(1, "Satu")],
        goals=[Goal("Tujuan", mission=1, objectives=[objective])],
    )
    observations = [
        Observation(Period.year(2019), value, indicator=indicator)
        for indicator, value in ((jobs, 9000), (roads, 20), (money, 900))
    ] + [Observation(Period.year(2020), 1000, indicator=money)]
    return Case(
        "Anggaran",
        plan=plan,
        indicators=[money, jobs, roads],
        targets=[budget, jobs_target, roads_target],
        observations=observations,
    )


class TestBudgets:
    def test_a_budget_follows_its_kinerja_row(self) -> None:
        """The anggaran row stands under its kinerja row, not outside the tree.

        Spent 900 + 1,000 = 1,900 of Rp 5,000: 38 % (Sangat Rendah, below 51).
        """
        report = render(budget_case().assess(AS_OF), lang="en")
        rows = [
            _cells(line)[:5]
            for line in report.splitlines()
            if line.startswith("      ")
            and line.strip().startswith(("Tenaga", "Anggaran", "Jalan"))
        ]
        assert [
            ["Tenaga kerja baru", "orang", "50,000", "9,000", "18.00"],
            ["Anggaran Tenaga kerja baru", "Rp", "5,000", "1,900", "38.00"],
            ["Jalan", "km", "100", "20", "20.00"],
        ] == rows
        assert "Targets not in the plan's tree" not in report

    def test_the_budget_mean(self) -> None:
        """The anggaran's mean stands beside the kinerja's: 38 % of the one budget (Sangat Rendah).

        Kinerja: (18 + 20) / 2 = 19 % (Sangat Rendah): jobs 9,000 of 50,000, roads 20 of 100.
        """
        lines = _mean_lines(
            render(budget_case().assess(AS_OF), lang="en"), "Objective 1.1.1: Kerja"
        )
        report = render(budget_case().assess(AS_OF), lang="en").splitlines()
        start = report.index("    Objective 1.1.1: Kerja")
        assert "Mean capaian kinerja: 19.00 % (Sangat Rendah), 2 indicators" == lines[0]
        assert (
            "      Mean capaian anggaran: 38.00 % (Sangat Rendah), 1 indicator" == report[start + 3]
        )


class TestPlanMarkdown:
    def test_headings_by_depth(self, plan: Assessment) -> None:
        """Misi ##, tujuan ###, sasaran ####; the outside table ##."""
        report = render(plan, format="markdown")
        for heading in (
            "## Misi 1: Ekonomi yang tumbuh",
            "### Tujuan 1.1: Ekonomi tumbuh",
            "#### Sasaran 1.1.1: Lapangan kerja",
            "## Target di luar pohon rencana",
        ):
            assert heading in report.splitlines()

    def test_a_row(self, plan: Assessment) -> None:
        """The jobs row: program, unit, 50.000, 30.000, 60,00, Rendah, on track."""
        report = render(plan, format="markdown")
        assert (
            "| Tenaga kerja baru | 10 dari 45 | orang | 50.000 | 30.000 | 60,00 | Rendah | Sesuai jalur |"
            in report
        )

    def test_findings_worded_as_on_a_page(self, plan: Assessment) -> None:
        """A finding reads as a page reads it: **severity — kind.** words."""
        report = render(plan, format="markdown", lang="en")
        (line,) = [line for line in report.splitlines() if line.startswith("- Titik wifi publik")]
        assert line.startswith(
            "- Titik wifi publik: **Warning — Coverage gap.** No figure covers 2021"
        )


class TestScale:
    def test_45_targets_in_a_short_report(self) -> None:
        """45 targets under 12 sasaran: a line per target and a few per heading, not a page each.

        12 sasaran × (heading, header, rule, blank) + 4 tujuan × 2 + 2 misi × 3 + 45 rows
        is 107 lines below the plan's heading, and two lines of means under each of the
        18 headings 36 more; the header, the settings and the plan's means take under 15.
        """
        lines = render(large_plan().assess(AS_OF)).splitlines()
        assert len(lines) <= 107 + 36 + 15
        assert 45 == sum(
            1 for line in lines if line.strip().startswith("Indikator ") and "unit" in line
        )

    def test_without_a_plan_one_table(self) -> None:
        """``layout="plan"`` with no plan: every target in one table."""
        case = large_plan(4)
        bare = Case(
            "Bare", indicators=case.indicators, targets=case.targets, observations=case.observations
        )
        report = render(bare.assess(AS_OF), layout="plan", lang="en")
        rows = [line for line in report.splitlines() if line.strip().startswith("Indikator ")]
        # 90 + 95 + 100 = 285 of 500: 57 % (Rendah).
        assert 4 == len(rows)
        assert ["Indikator 0", "unit", "500", "285", "57.00", "Rendah"] == _cells(rows[0])[:6]


class TestOneTarget:
    def test_its_full_page(self, plan: Assessment) -> None:
        """``target="jobs"``: the jobs page (with its yearly capaian) and no other target."""
        report = render(plan, target="jobs", lang="en")
        assert "Target: Tenaga kerja baru — 50,000 orang, 2019–2023" in report
        assert "Capaian per period (Permendagri 86)" in report
        assert "Tingkat pengangguran terbuka" not in report
        assert "Reported figures" in report

    def test_bekasi_page_unchanged(self, bekasi: Assessment) -> None:
        """Bekasi's one target asked for by id: the same report as without."""
        for format in ("text", "markdown"):
            assert render(bekasi, format=format) == render(
                bekasi, format=format, target="jobs-150k"
            )  # type: ignore[arg-type]

    def test_an_unknown_id_lists_the_ids(self, plan: Assessment) -> None:
        """An id the case does not have: the error says which ids it has."""
        with pytest.raises(
            InvalidValueError, match=r"target: got 'nope'.*'jobs', 'unemp', 'growth'"
        ):
            render(plan, target="nope")

    def test_not_with_json(self, plan: Assessment) -> None:
        """JSON holds every target: ``target`` is refused rather than ignored."""
        with pytest.raises(InvalidValueError, match="json or csv"):
            render(plan, format="json", target="jobs")


class TestCommand:
    def test_target_option(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """``pledgekit report CASE --target ID`` prints that target's page."""
        path = tmp_path / "plan.json"
        dump(plan_case(), path)
        assert 0 == main(
            ["report", str(path), "--as-of", "2021-12-31", "--target", "growth", "--lang", "en"]
        )
        out = capsys.readouterr().out
        assert "Target: Laju pertumbuhan ekonomi — 6.0 %, 2019–2023" in out
        assert "Tenaga kerja baru" not in out

    def test_unknown_target(self, capsys: pytest.CaptureFixture[str]) -> None:
        """An unknown id: exit status 2 and the ids in one message."""
        assert 2 == main(["report", str(BEKASI), "--target", "nope"])
        assert "expected the id of a target of the case ('jobs-150k')" in capsys.readouterr().err

    def test_layout_option(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """``--layout targets`` gives a page per target even for a plan."""
        path = tmp_path / "plan.json"
        dump(plan_case(), path)
        assert 0 == main(["report", str(path), "--as-of", "2021-12-31", "--layout", "targets"])
        assert 7 == sum(
            1 for line in capsys.readouterr().out.splitlines() if line.startswith("Target: ")
        )
