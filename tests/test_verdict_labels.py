"""Tests of a verdict's tracker label, scale and rater, old labels, and to_scale's default."""

from __future__ import annotations

import datetime as dt
import json

import attrs
import pytest

from pledgekit import Case, DataFileError, InvalidValueError, Pledge, Source
from pledgekit.io import dumps, loads, structure, unstructure
from pledgekit.verdicts import (
    CPPG,
    FULL_FACT,
    POLIMETER,
    POLITIFACT,
    SCALES,
    Scale,
    Verdict,
    VerdictHistory,
    VerdictRecord,
    from_scale,
    get_scale,
    to_scale,
)

DAY = dt.date(2022, 7, 22)


def record(verdict: Verdict, **kwargs: object) -> VerdictRecord:
    return VerdictRecord(DAY, verdict, "why", **kwargs)  # type: ignore[arg-type]


class TestToScaleDefault:
    def test_default_for_a_verdict_with_no_label(self):
        """Full Fact has no label for BROKEN: the default is given back as it is."""
        assert "(none)" == to_scale(Verdict.BROKEN, FULL_FACT, default="(none)")

    def test_default_unused_when_a_label_exists(self):
        """A verdict with one label gets the label, not the default."""
        assert "Compromise" == to_scale(Verdict.PARTIAL, POLITIFACT, default="?")

    def test_no_default_still_raises(self):
        """Without a default, a verdict with no label is refused as before."""
        with pytest.raises(InvalidValueError, match="it has none for UNTESTABLE"):
            to_scale(Verdict.UNTESTABLE, POLITIFACT)

    def test_several_labels_raise_even_with_default(self):
        """IN_PROGRESS has two Full Fact labels: the caller chooses; a default does not."""
        with pytest.raises(InvalidValueError, match="IN_PROGRESS has 2"):
            to_scale(Verdict.IN_PROGRESS, FULL_FACT, default="(none)")

    @pytest.mark.parametrize("default", [0, b"x", ["x"]])
    def test_default_must_be_a_string(self, default):
        """A default that is not a string is refused, naming the argument."""
        with pytest.raises(InvalidValueError, match=r"to_scale\(default\)"):
            to_scale(Verdict.BROKEN, FULL_FACT, default=default)  # type: ignore[arg-type]

    def test_every_verdict_on_every_scale_with_a_default(self):
        """With a default, every verdict a scale has at most one label for gives a string."""
        for scale in SCALES:
            for verdict in Verdict:
                labels = scale.labels_for(verdict)
                if len(labels) > 1:
                    continue
                expected = labels[0] if labels else "—"
                assert expected == to_scale(verdict, scale, default="—")


class TestAliases:
    def test_no_action_reads_as_not_rated(self):
        """PolitiFact's 2009 "No Action" reads as NOT_RATED, in any case."""
        assert Verdict.NOT_RATED is from_scale("No Action", POLITIFACT)
        assert Verdict.NOT_RATED is from_scale("NO ACTION", POLITIFACT)

    def test_to_scale_never_writes_an_alias(self):
        """NOT_RATED is written with today's label, "Not Yet Rated"."""
        assert "Not Yet Rated" == to_scale(Verdict.NOT_RATED, POLITIFACT)
        assert "No Action" not in POLITIFACT.labels

    def test_unknown_label_names_old_labels(self):
        """The error for an unknown label lists the labels and the old ones."""
        with pytest.raises(InvalidValueError, match="old labels 'No Action'"):
            from_scale("Promise Not Done", POLITIFACT)

    def test_alias_may_not_be_a_label(self):
        """An old label that is also a label of the scale is refused."""
        with pytest.raises(InvalidValueError, match="not one of the scale's labels"):
            Scale("S", (("kept", Verdict.KEPT),), aliases=(("Kept", Verdict.KEPT),))

    def test_alias_once(self):
        """The same old label twice is refused."""
        with pytest.raises(InvalidValueError, match="each old label once"):
            Scale(
                "S",
                (("kept", Verdict.KEPT),),
                aliases=(("done", Verdict.KEPT), ("Done", Verdict.KEPT)),
            )

    def test_bad_alias_pair(self):
        """An alias that is not a (label, Verdict) pair is refused, with its index."""
        with pytest.raises(InvalidValueError, match=r"aliases\[0\]"):
            Scale("S", (("kept", Verdict.KEPT),), aliases=(("done", "kept"),))

    def test_aliases_from_lists(self):
        """Aliases given as lists become tuples, as pairs do."""
        scale = Scale("S", [["kept", Verdict.KEPT]], aliases=[["done", Verdict.KEPT]])
        assert (("done", Verdict.KEPT),) == scale.aliases


class TestScaleKeys:
    @pytest.mark.parametrize(
        ("name", "scale"),
        [
            ("politifact", POLITIFACT),
            ("PolitiFact", POLITIFACT),
            ("cppg", CPPG),
            ("Comparative Party Pledges Group", CPPG),
            ("polimeter", POLIMETER),
            ("Polimeter", POLIMETER),
            ("full_fact", FULL_FACT),
            ("Full Fact", FULL_FACT),
        ],
    )
    def test_by_key_or_name(self, name, scale):
        """Each declared scale is found by its key and by its name."""
        assert scale is get_scale(name)

    @pytest.mark.parametrize("name", ["Politifact", "full fact", "", None])
    def test_not_found(self, name):
        """Only an exact key or name is found; the error lists the keys."""
        with pytest.raises(InvalidValueError, match="'full_fact' \\(Full Fact\\)"):
            get_scale(name)  # type: ignore[arg-type]

    @pytest.mark.parametrize("key", ["Full", "full fact", "", 3])
    def test_bad_key(self, key):
        """A key is lower-case letters, digits and underscores."""
        with pytest.raises(InvalidValueError, match=r"Scale\.key"):
            Scale("S", (("kept", Verdict.KEPT),), key=key)  # type: ignore[arg-type]


class TestRecordLabel:
    def test_label_scale_and_rater(self):
        """A PolitiFact label standing for the record's verdict is kept as given."""
        r = record(Verdict.PARTIAL, label="compromise", scale=POLITIFACT, rated_by="Desk Kota")
        assert ("compromise", POLITIFACT, "Desk Kota") == (r.label, r.scale, r.rated_by)

    def test_old_label_allowed(self):
        """An old label (an alias) is a label of the scale for its verdict."""
        assert "No Action" == record(Verdict.NOT_RATED, label="No Action", scale=POLITIFACT).label

    def test_label_without_scale_refused(self):
        """A label alone cannot be checked: refused."""
        with pytest.raises(InvalidValueError, match="a label given with the scale it is on"):
            record(Verdict.PARTIAL, label="Compromise")

    def test_label_for_another_verdict_refused(self):
        """Promise Broken with KEPT: the error names the label, the verdict and the scale's label."""
        with pytest.raises(InvalidValueError) as caught:
            record(Verdict.KEPT, label="Promise Broken", scale=POLITIFACT)
        assert (
            "VerdictRecord.label: got 'Promise Broken' (str); expected a label of PolitiFact "
            "that stands for the verdict KEPT (on PolitiFact 'Promise Broken' stands for "
            "BROKEN; its label for KEPT is 'Promise Kept')"
        ) == str(caught.value)

    def test_label_for_a_verdict_the_scale_has_none_for(self):
        """Full Fact has no label for BROKEN: the error says so."""
        with pytest.raises(InvalidValueError, match="it has no label for BROKEN"):
            record(Verdict.BROKEN, label="appears off track", scale=FULL_FACT)

    def test_label_not_on_scale_refused(self):
        """A label the scale does not have is refused, listing the scale's labels."""
        with pytest.raises(InvalidValueError, match="a label of the scale Polimeter for KEPT"):
            record(Verdict.KEPT, label="Promise Kept", scale=POLIMETER)

    def test_one_label_two_verdicts(self):
        """Polimeter's shared label stands for PARTIAL and for IN_PROGRESS alike."""
        shared = "kept in part or in the works"
        assert shared == record(Verdict.PARTIAL, label=shared, scale=POLIMETER).label
        assert shared == record(Verdict.IN_PROGRESS, label=shared, scale=POLIMETER).label

    def test_scale_without_label_allowed(self):
        """A scale alone says what the tracker rates on."""
        assert record(Verdict.KEPT, scale=CPPG).label is None

    @pytest.mark.parametrize(
        ("kwargs", "where"),
        [
            ({"label": "", "scale": POLITIFACT}, r"VerdictRecord\.label"),
            ({"label": 3, "scale": POLITIFACT}, r"VerdictRecord\.label"),
            ({"scale": "politifact"}, r"VerdictRecord\.scale"),
            ({"label": "Compromise", "scale": "politifact"}, r"VerdictRecord\.scale"),
            ({"rated_by": " "}, r"VerdictRecord\.rated_by"),
            ({"rated_by": 1}, r"VerdictRecord\.rated_by"),
        ],
    )
    def test_bad_values(self, kwargs, where):
        """Wrong types and blanks are refused, naming the field."""
        with pytest.raises(InvalidValueError, match=where):
            record(Verdict.PARTIAL, **kwargs)

    def test_evolve_rechecks(self):
        """attrs.evolve checks the label against the new verdict."""
        r = record(Verdict.PARTIAL, label="Compromise", scale=POLITIFACT)
        with pytest.raises(InvalidValueError, match="stands for the verdict KEPT"):
            attrs.evolve(r, verdict=Verdict.KEPT)


def _history_case() -> Case:
    """Three PolitiFact verdicts, the first with the 2009 label "No Action"."""
    source = Source("Warta Bekasi", "Janji lapangan kerja", id="warta")
    history = VerdictHistory(
        [
            VerdictRecord(
                dt.date(2019, 1, 10),
                Verdict.NOT_RATED,
                "Not looked at yet.",
                label="No Action",
                scale=POLITIFACT,
                rated_by="Desk Kota",
            ),
            VerdictRecord(
                dt.date(2021, 1, 5),
                Verdict.IN_PROGRESS,
                "Figures reported for 2019 and 2020.",
                source,
                label="In the Works",
                scale=POLITIFACT,
            ),
            VerdictRecord(dt.date(2022, 7, 25), Verdict.STALLED, "No figure since June 2022."),
        ]
    )
    return Case("Verdicts", sources=[source], pledges=[Pledge("Janji", verdicts=history)])


class TestCaseFile:
    def test_round_trip(self):
        """Label, scale and rater are written and read back equal."""
        case = _history_case()
        assert case == loads(dumps(case), format="json")

    def test_written_keys(self):
        """The scale is written as its key; absent values are left out."""
        written = json.loads(dumps(_history_case()))["pledges"][0]["verdicts"]
        assert {
            "date": "2019-01-10",
            "verdict": "not_rated",
            "label": "No Action",
            "scale": "politifact",
            "rated_by": "Desk Kota",
            "rationale": "Not looked at yet.",
        } == written[0]
        assert "warta" == written[1]["source"]
        assert {"label", "scale", "rated_by"}.isdisjoint(written[2])

    def test_toml_with_scale_name(self):
        """A TOML file may name the scale by its name."""
        text = """
pledgekit_case = 2
title = "T"
[[pledges]]
text = "Janji"
[[pledges.verdicts]]
date = 2022-07-25
verdict = "partial"
label = "partially fulfilled"
scale = "Comparative Party Pledges Group"
rationale = "Less than promised."
"""
        (verdict,) = loads(text).pledges[0].verdicts
        assert (CPPG, "partially fulfilled") == (verdict.scale, verdict.label)

    def test_file_error_has_path_and_line(self):
        """A label on another verdict is an error at the record's label, with its line."""
        text = """pledgekit_case = 2
title = "T"
[[pledges]]
text = "Janji"
[[pledges.verdicts]]
date = 2022-07-25
verdict = "kept"
label = "Compromise"
scale = "politifact"
rationale = "Done."
"""
        with pytest.raises(DataFileError) as caught:
            loads(text)
        message = str(caught.value)
        assert "line 8, pledges[0].verdicts[0].label: found 'Compromise'" in message
        assert "stands for the verdict KEPT" in message

    def test_own_scale_cannot_be_written(self):
        """A scale of the caller's own has no key a case file could read: refused on writing."""
        own = Scale("Own", (("done", Verdict.KEPT),))
        r = VerdictRecord(DAY, Verdict.KEPT, "why", label="done", scale=own)
        with pytest.raises(InvalidValueError, match="a scale a case file can name"):
            unstructure(r)

    def test_structure_one_record(self):
        """One record as data, both ways."""
        r = record(Verdict.BROKEN, label="not fulfilled", scale=CPPG, rated_by="Editor")
        assert r == structure(unstructure(r), VerdictRecord)


class TestCaseSchema:
    def _verdict_schema(self) -> dict[str, object]:
        from pledgekit.io import schema

        definition: dict[str, object] = schema()["$defs"]["verdict"]
        return definition

    def test_scales_named(self):
        """The schema names exactly the scales the loader reads: their keys and names."""
        scale = self._verdict_schema()["properties"]["scale"]  # type: ignore[index]
        expected = [s.key for s in SCALES] + [s.name for s in SCALES]
        assert expected == scale["enum"]

    @pytest.mark.parametrize(
        ("extra", "accepted"),
        [
            ({"label": "Compromise", "scale": "politifact"}, True),
            ({"label": "Compromise"}, False),  # a label needs its scale
            ({"scale": "Politifact"}, False),  # neither a key nor a name
            ({"rated_by": "Desk Kota"}, True),
            ({"label": "promise  KEPT", "scale": "politifact"}, False),  # partial, not kept
            ({"label": "COMPROMISE", "scale": "PolitiFact"}, True),
            ({"label": "Promise Kept", "scale": "polimeter"}, False),  # not a Polimeter label
            ({"label": "kept in part or in the works", "scale": "polimeter"}, True),
            ({"label": "partially fulfilled", "scale": "cppg"}, True),
            ({"label": "No Action", "scale": "politifact"}, False),  # NOT_RATED's old label
            ({"label": "signs of progress", "scale": "full_fact"}, False),  # IN_PROGRESS
        ],
    )
    def test_schema_and_loader_agree(self, extra, accepted):
        """What the loader refuses the schema refuses, and what it reads the schema accepts.

        The record says PARTIAL: a label must stand for it on its scale.
        """
        import jsonschema

        from pledgekit.io import schema

        data = {
            "pledgekit_case": 2,
            "title": "T",
            "pledges": [
                {
                    "text": "Janji",
                    "verdicts": [
                        {"date": "2022-07-25", "verdict": "partial", "rationale": "x", **extra}
                    ],
                }
            ],
        }
        valid = jsonschema.Draft202012Validator(schema()).is_valid(data)
        try:
            loads(json.dumps(data), format="json")
            loaded = True
        except DataFileError:
            loaded = False
        assert (accepted, accepted) == (valid, loaded)

    def test_every_label_and_verdict(self):
        """For every scale, label (as written and upper-cased) and verdict: schema and loader agree."""
        import jsonschema

        from pledgekit.io import schema

        validator = jsonschema.Draft202012Validator(schema())
        checked = 0
        for scale in SCALES:
            labels = [label for label, _ in (*scale.pairs, *scale.aliases)]
            for label in [*labels, *(x.upper() for x in labels), "Promise Not Done"]:
                for verdict in Verdict:
                    record = {
                        "date": "2022-07-25",
                        "verdict": verdict.value,
                        "label": label,
                        "scale": scale.key,
                        "rationale": "x",
                    }
                    data = {"pledgekit_case": 2, "title": "T"}
                    data["pledges"] = [{"text": "J", "verdicts": [record]}]  # type: ignore[assignment]
                    try:
                        loads(json.dumps(data), format="json")
                        loaded = True
                    except DataFileError:
                        loaded = False
                    assert (loaded, scale.name, label, verdict) == (
                        validator.is_valid(data),
                        scale.name,
                        label,
                        verdict,
                    )
                    checked += 1
        # 4 scales: (6 + 1) + 3 + 5 + 4 labels, each as written and upper-cased, and one
        # unknown, times 7 verdicts.
        assert (2 * (7 + 3 + 5 + 4) + 4) * 7 == checked


def test_a_label_off_the_scale_names_the_labels_for_its_verdict() -> None:
    """The label "Kept Promise" is off PolitiFact's scale: the labels for NOT_RATED come first."""
    with pytest.raises(InvalidValueError) as raised:
        VerdictRecord(
            dt.date(2009, 3, 1), Verdict.NOT_RATED, "why", label="Kept Promise", scale=POLITIFACT
        )
    assert raised.value.expected.startswith(
        "a label of the scale PolitiFact for NOT_RATED ('Not Yet Rated', 'No Action'); "
        "its labels: 'Not Yet Rated', "
    )
