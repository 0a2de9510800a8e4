"""Score a warehouse against hand-made annotations (the gold format documented in docs/gold_format.md).

A fact matches on (file, value) -- a delegation on (file, destination) -- one to one; then its attributes are
compared. Entities match per article: agencies by code, countries by ISO code, persons by normalised full
name. Periods compare at the precision the annotator wrote ("2020" matches 2020-01-01).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

FACT_TYPES = ["case_counts", "blocked", "money", "delegations", "agencies", "countries", "persons"]


@dataclass
class TypeScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    attr_total: int = 0
    attr_correct: int = 0
    misses: list[str] = field(default_factory=list)
    false: list[str] = field(default_factory=list)
    wrong_attrs: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def attr_accuracy(self) -> float | None:
        return self.attr_correct / self.attr_total if self.attr_total else None


@dataclass
class Scores:
    by_type: dict[str, TypeScore]
    published_correct: int
    published_total: int
    published_errors: list[str]

    @property
    def attribute_accuracy(self) -> float:
        total = sum(s.attr_total for s in self.by_type.values())
        correct = sum(s.attr_correct for s in self.by_type.values())
        return correct / total if total else 1.0

    @property
    def published_accuracy(self) -> float:
        return self.published_correct / self.published_total if self.published_total else 1.0

    def below(self, threshold: float) -> list[str]:
        low = [f"{name} F1 {s.f1:.3f}" for name, s in self.by_type.items() if s.f1 < threshold]
        if self.attribute_accuracy < threshold:
            low.append(f"attribute accuracy {self.attribute_accuracy:.3f}")
        if self.published_accuracy < threshold:
            low.append(f"published date accuracy {self.published_accuracy:.3f}")
        return low


def normalise_name(name: str | None) -> str:
    folded = unicodedata.normalize("NFKD", name or "").encode("ascii", "ignore").decode("ascii")
    return " ".join(re.sub(r"[^a-z0-9 ]+", " ", folded.lower()).split())


def _same_period(gold: str | None, predicted: object) -> bool:
    if gold in (None, ""):
        return predicted is None
    if predicted is None:
        return False
    return str(predicted).startswith(str(gold))


def _load_gold(path: Path) -> list[dict]:
    rows = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rows.append(json.loads(line))
    return rows


def _fetch(con: duckdb.DuckDBPyConnection, sql: str) -> list[dict]:
    cur = con.execute(sql)
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]


def _predictions(warehouse: Path) -> dict[str, dict[str, list[dict]]]:
    """Per file name: the warehouse's facts and entities, in the shape of the annotations."""
    out: dict[str, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    with duckdb.connect(str(warehouse), read_only=True) as con:
        files = {r["article_id"]: r for r in _fetch(con, "select article_id, source_path, published_date from marts.dim_article")}
        for r in files.values():
            out[_file(r["source_path"])]["published_date"] = [r["published_date"]]
        for r in _fetch(con, "select * from marts.fct_case_counts"):
            out[_file(files[r["article_id"]]["source_path"])]["case_counts"].append(r)
        for r in _fetch(con, "select * from marts.fct_blocked_content"):
            out[_file(files[r["article_id"]]["source_path"])]["blocked"].append(r)
        for r in _fetch(con, "select * from marts.fct_money"):
            out[_file(files[r["article_id"]]["source_path"])]["money"].append(r)
        participants = defaultdict(list)
        for r in _fetch(con, """select p.*, d.full_name from marts.fct_delegation_participants p
                                left join marts.dim_person d using (person_id)"""):
            participants[r["delegation_id"]].append(r)
        for r in _fetch(con, "select d.*, p.full_name as lead_name from marts.fct_delegations d left join marts.dim_person p on p.person_id = d.lead_person_id"):
            r["participants"] = participants[r["delegation_id"]]
            out[_file(files[r["article_id"]]["source_path"])]["delegations"].append(r)
        for r in _fetch(con, "select distinct article_id, entity_type, entity_id from marts.fct_entity_mentions where entity_type in ('agency', 'country')"):
            key = "agencies" if r["entity_type"] == "agency" else "countries"
            out[_file(files[r["article_id"]]["source_path"])][key].append(r)
        for r in _fetch(con, """select m.article_id, m.entity_id, p.full_name, p.title, p.agency_id
                                from (select distinct article_id, entity_id from marts.fct_entity_mentions where entity_type = 'person') m
                                join marts.dim_person p on p.person_id = m.entity_id"""):
            out[_file(files[r["article_id"]]["source_path"])]["persons"].append(r)
    return out


def _file(source_path: str) -> str:
    return Path(source_path.split("#")[0]).name


def _match_values(gold: list[dict], pred: list[dict], gold_key, pred_key) -> tuple[list[tuple[dict, dict]], list[dict], list[dict]]:
    remaining = list(pred)
    pairs, misses = [], []
    for g in gold:
        hit = next((p for p in remaining if pred_key(p) == gold_key(g)), None)
        if hit is None:
            misses.append(g)
        else:
            remaining.remove(hit)
            pairs.append((g, hit))
    return pairs, misses, remaining


def _score_values(score: TypeScore, file: str, gold: list[dict], pred: list[dict], gold_key, pred_key,
                  describe_miss, describe_false) -> list[tuple[dict, dict]]:
    """Match one article's gold and predicted facts on their key, count tp/fn/fp and keep the misses and false
    positives readable; returns the matched pairs for the attribute comparison."""
    pairs, misses, false = _match_values(gold, pred, gold_key, pred_key)
    score.tp += len(pairs)
    score.fn += len(misses)
    score.fp += len(false)
    score.misses += [f"{file}: {describe_miss(m)}" for m in misses]
    score.false += [f"{file}: {describe_false(f)}" for f in false]
    return pairs


def _compare(score: TypeScore, file: str, label: str, checks: list[tuple[str, bool, object, object]]) -> None:
    for name, ok, gold, pred in checks:
        score.attr_total += 1
        if ok:
            score.attr_correct += 1
        else:
            score.wrong_attrs.append(f"{file} {label}: {name} gold={gold!r} got={pred!r}")


def _qualifier_check(gold: dict, pred: dict) -> list[tuple[str, bool, object, object]]:
    """The qualifier is compared only where the annotation records one (the development-set convention)."""
    if "qualifier" not in gold:
        return []
    return [("qualifier", gold["qualifier"] == pred.get("qualifier"), gold["qualifier"], pred.get("qualifier"))]


def evaluate_warehouse(warehouse: Path, gold_path: Path) -> Scores:
    gold_rows = _load_gold(gold_path)
    preds = _predictions(warehouse)
    by_type = {t: TypeScore() for t in FACT_TYPES}
    pub_ok, pub_errors = 0, []
    for g in gold_rows:
        file = g["file"]
        p = preds.get(file, {})
        got_pub = (p.get("published_date") or [None])[0]
        if (str(got_pub) if got_pub else None) == g.get("published_date"):
            pub_ok += 1
        else:
            pub_errors.append(f"{file}: gold={g.get('published_date')} got={got_pub}")

        s = by_type["case_counts"]
        pairs = _score_values(s, file, g.get("case_counts", []), p.get("case_counts", []), lambda x: float(x["value"]), lambda x: float(x["value"]),
                              lambda m: f"{m['value']} {m.get('unit')} ({m.get('evidence')})", lambda f: f"{f['value']} {f['unit']} ({f['surface_text']})")
        for gf, pf in pairs:
            _compare(s, file, str(gf["value"]), [
                ("unit", gf.get("unit") == pf["unit"], gf.get("unit"), pf["unit"]),
                ("category", gf.get("category") == pf["category"], gf.get("category"), pf["category"]),
                ("agency", gf.get("agency") == pf["agency_id"], gf.get("agency"), pf["agency_id"]),
                ("country", gf.get("country") == pf["country_id"], gf.get("country"), pf["country_id"]),
                ("period_start", _same_period(gf.get("period_start"), pf["period_start"]), gf.get("period_start"), pf["period_start"]),
                ("period_end", _same_period(gf.get("period_end"), pf["period_end"]), gf.get("period_end"), pf["period_end"]),
                *_qualifier_check(gf, pf),
            ])

        s = by_type["blocked"]
        pairs = _score_values(s, file, g.get("blocked", []), p.get("blocked", []), lambda x: float(x["value"]), lambda x: float(x["value"]),
                              lambda m: f"{m['value']} {m.get('object')} ({m.get('evidence')})", lambda f: f"{f['value']} {f['object_type']} ({f['surface_text']})")
        for gf, pf in pairs:
            _compare(s, file, str(gf["value"]), [
                ("object", gf.get("object") == pf["object_type"], gf.get("object"), pf["object_type"]),
                ("agency", gf.get("agency") == pf["agency_id"], gf.get("agency"), pf["agency_id"]),
                ("period_start", _same_period(gf.get("period_start"), pf["period_start"]), gf.get("period_start"), pf["period_start"]),
                ("period_end", _same_period(gf.get("period_end"), pf["period_end"]), gf.get("period_end"), pf["period_end"]),
                *_qualifier_check(gf, pf),
            ])

        s = by_type["money"]
        pairs = _score_values(s, file, g.get("money", []), p.get("money", []), lambda x: float(x["value"]), lambda x: float(x["value"]),
                              lambda m: f"{m['value']} {m.get('currency')} ({m.get('evidence')})", lambda f: f"{f['value']} {f['currency']} ({f['surface_text']})")
        for gf, pf in pairs:
            _compare(s, file, str(gf["value"]), [("currency", gf.get("currency") == pf["currency"], gf.get("currency"), pf["currency"])])

        s = by_type["delegations"]
        pairs = _score_values(s, file, g.get("delegations", []), p.get("delegations", []), lambda x: x.get("destination"), lambda x: x["destination_country_id"],
                              lambda m: f"to {m.get('destination')} led by {m.get('lead_person')}", lambda f: f"to {f['destination_country_id']} ({f['sentence_text'][:80]})")
        for gf, pf in pairs:
            parts = pf["participants"]
            members = {normalise_name(x["full_name"]) for x in parts if x["role"] == "member" and x["full_name"]}
            met = {normalise_name(x["full_name"]) for x in parts if x["role"] == "counterpart" and x["full_name"]}
            member_agencies = {x["agency_id"] for x in parts if x["role"] == "member" and not x["person_id"]}
            checks = [
                ("lead_agency", gf.get("lead_agency") == pf["lead_agency_id"], gf.get("lead_agency"), pf["lead_agency_id"]),
                ("lead_person", normalise_name(gf.get("lead_person")) == normalise_name(pf["lead_name"]), gf.get("lead_person"), pf["lead_name"]),
                ("start_date", _same_period(gf.get("start_date"), pf["start_date"]), gf.get("start_date"), pf["start_date"]),
                ("end_date", _same_period(gf.get("end_date"), pf["end_date"]), gf.get("end_date"), pf["end_date"]),
                ("members", {normalise_name(x) for x in gf.get("members", [])} == members, sorted(gf.get("members", [])), sorted(members)),
                ("met", {normalise_name(x) for x in gf.get("met", [])} == met, sorted(gf.get("met", [])), sorted(met)),
            ]
            if "member_agencies" in gf:
                checks.append(("member_agencies", set(gf["member_agencies"]) == member_agencies, sorted(gf["member_agencies"]), sorted(member_agencies)))
            _compare(s, file, f"delegation to {gf.get('destination')}", checks)

        for kind, key in (("agencies", "entity_id"), ("countries", "entity_id")):
            s = by_type[kind]
            gold_set = set(g.get(kind, []))
            pred_set = {x[key] for x in p.get(kind, [])}
            s.tp += len(gold_set & pred_set)
            s.fn += len(gold_set - pred_set)
            s.fp += len(pred_set - gold_set)
            s.misses += [f"{file}: {x}" for x in sorted(gold_set - pred_set)]
            s.false += [f"{file}: {x}" for x in sorted(pred_set - gold_set)]

        s = by_type["persons"]
        gold_people = {normalise_name(x["name"]): x for x in g.get("persons", [])}
        pred_people = {normalise_name(x["full_name"]): x for x in p.get("persons", [])}
        s.tp += len(gold_people.keys() & pred_people.keys())
        s.fn += len(gold_people.keys() - pred_people.keys())
        s.fp += len(pred_people.keys() - gold_people.keys())
        s.misses += [f"{file}: {gold_people[x]['name']}" for x in sorted(gold_people.keys() - pred_people.keys())]
        s.false += [f"{file}: {pred_people[x]['full_name']}" for x in sorted(pred_people.keys() - gold_people.keys())]
        for name in gold_people.keys() & pred_people.keys():
            gp, pp = gold_people[name], pred_people[name]
            _compare(s, file, gp["name"], [("agency", gp.get("agency") == pp["agency_id"], gp.get("agency"), pp["agency_id"])])
    return Scores(by_type, pub_ok, len(gold_rows), pub_errors)


def format_report(scores: Scores, show_errors: bool = True) -> str:
    lines = [f"{'fact type':<14}{'P':>7}{'R':>7}{'F1':>7}{'tp':>5}{'fp':>5}{'fn':>5}{'attr acc':>10}"]
    for name, s in scores.by_type.items():
        acc = f"{s.attr_accuracy:.3f}" if s.attr_accuracy is not None else "-"
        lines.append(f"{name:<14}{s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f}{s.tp:>5}{s.fp:>5}{s.fn:>5}{acc:>10}")
    lines.append(f"attribute accuracy (all): {scores.attribute_accuracy:.3f}")
    lines.append(f"published date: {scores.published_correct}/{scores.published_total} right")
    if show_errors:
        for name, s in scores.by_type.items():
            for label, items in (("missed", s.misses), ("false", s.false), ("wrong attribute", s.wrong_attrs)):
                for item in items:
                    lines.append(f"  {name} {label}: {item}")
        for item in scores.published_errors:
            lines.append(f"  published_date wrong: {item}")
    return "\n".join(lines)
