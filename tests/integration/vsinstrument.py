"""Shared helpers for the Voelspriet integration tests and the intake benchmark.

Everything here works from the instrument JSON served at
GET /api/v1/studies/{slug}/instrument, so the tests follow the instrument instead of
hard-coding it. Only the ids `role` and `experience` are assumed to exist.

Condition language (see the API contract):
  {"item": ID, "equals": CODE}      single/scale/yesno: answer == CODE; multiple: CODE selected
  {"item": ID, "notEquals": CODE}   answered and not equal (multiple: answered and CODE not selected)
  {"item": ID, "in": [..]}          answer in list (multiple: any selected code in list)
  {"item": ID, "notIn": [..]}       answered and answer not in list (multiple: none selected in list)
  {"all": [..]} / {"any": [..]} / {"not": c}
A leaf condition on an unanswered (or hidden, hence unanswered) item is false.
A section's showIf applies to every item in it.
"""

from __future__ import annotations

import json
import re
import urllib.request
from typing import Any, Callable, Iterable

RECEIPT_RE = re.compile(r"^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$")

# Text written into free-text fields: non-ASCII on purpose (UTF-8 round trip), nothing personal.
SAMPLE_TEXT = "Testantwoord \u2014 geen echte gegevens (caf\u00e9, na\u00efef)."
SPECIFY_TEXT = "anders: test"

# yes/no items about being contacted stay "no": the tests never leave contact details.
_NO_BY_DEFAULT = re.compile(r"contact|consent|interview|toestemming", re.I)


def fetch_instrument(base_url: str, slug: str = "quickscan", timeout: float = 10) -> dict:
    url = f"{base_url.rstrip('/')}/api/v1/studies/{slug}/instrument"
    req = urllib.request.Request(url, headers={"Accept": "application/json"})
    with urllib.request.urlopen(req, timeout=timeout) as resp:
        return json.loads(resp.read().decode("utf-8"))


def load_instrument_file(path: str) -> dict:
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def localized(value: Any, lang: str = "nl") -> str:
    """A label may be a plain string or a {lang: text} object."""
    if value is None:
        return ""
    if isinstance(value, dict):
        if lang in value and value[lang]:
            return str(value[lang])
        for v in value.values():
            if v:
                return str(v)
        return ""
    return str(value)


def item_text(item: dict, lang: str) -> str:
    for key in ("text", "label", "question", "title", "prompt"):
        if key in item:
            return localized(item[key], lang)
    return ""


class Instrument:
    def __init__(self, doc: dict):
        self.doc = doc
        self.sections: list[dict] = doc.get("sections", [])
        self.scales: dict = doc.get("scales", {}) or {}
        self.items: list[dict] = []
        self.by_id: dict[str, dict] = {}
        self.section_of: dict[str, dict] = {}
        for section in self.sections:
            for item in section.get("items", []):
                self.items.append(item)
                self.by_id[item["id"]] = item
                self.section_of[item["id"]] = section

    # ----- codes -------------------------------------------------------------------
    def codes(self, item: dict) -> list[str]:
        t = item["type"]
        if t == "yesno":
            return ["yes", "no"]
        if t == "scale":
            scale = self.scales.get(item.get("scale", ""), {})
            return [p["code"] for p in scale.get("points", [])]
        if t in ("single", "multiple"):
            return [o["code"] for o in item.get("options", [])]
        return []

    def option(self, item: dict, code: str) -> dict | None:
        for o in item.get("options", []) or []:
            if o.get("code") == code:
                return o
        return None

    # ----- conditions --------------------------------------------------------------
    def evaluate(self, cond: dict | None, answers: dict[str, Any]) -> bool:
        if cond is None:
            return True
        if "all" in cond:
            return all(self.evaluate(c, answers) for c in cond["all"])
        if "any" in cond:
            return any(self.evaluate(c, answers) for c in cond["any"])
        if "not" in cond:
            return not self.evaluate(cond["not"], answers)
        item_id = cond.get("item")
        if item_id is None:
            raise ValueError(f"unknown condition shape: {cond!r}")
        value = answers.get(item_id)
        if value is None or value == [] or value == "":
            return False
        if isinstance(value, list):  # multiple choice: a set of selected codes
            selected = set(value)
            if "equals" in cond:
                return cond["equals"] in selected
            if "notEquals" in cond:
                return cond["notEquals"] not in selected
            if "in" in cond:
                return bool(selected & set(cond["in"]))
            if "notIn" in cond:
                return not (selected & set(cond["notIn"]))
        else:
            if "equals" in cond:
                return value == cond["equals"]
            if "notEquals" in cond:
                return value != cond["notEquals"]
            if "in" in cond:
                return value in cond["in"]
            if "notIn" in cond:
                return value not in cond["notIn"]
        raise ValueError(f"unknown condition operator: {cond!r}")

    def visible(self, item_id: str, answers: dict[str, Any]) -> bool:
        item = self.by_id[item_id]
        section = self.section_of[item_id]
        return self.evaluate(section.get("showIf"), answers) and self.evaluate(item.get("showIf"), answers)

    def expected_visible(self, answers: dict[str, Any]) -> list[str]:
        """Item ids that apply given these answers, in instrument order.

        Only answers to visible items count (a hidden item is unanswered), so the answers are
        filtered in order first.
        """
        effective: dict[str, Any] = {}
        shown: list[str] = []
        for item in self.items:
            if self.visible(item["id"], effective):
                shown.append(item["id"])
                if item["id"] in answers:
                    effective[item["id"]] = answers[item["id"]]
        # A later answer can in principle make an earlier item visible; iterate to a fixpoint.
        for _ in range(5):
            again: dict[str, Any] = {k: v for k, v in answers.items() if k in shown}
            shown2 = [i["id"] for i in self.items if self.visible(i["id"], again)]
            if shown2 == shown:
                break
            shown = shown2
        return shown

    # ----- choosing answers --------------------------------------------------------
    def choose(self, item: dict, overrides: dict[str, Any] | None = None) -> Any:
        """A sensible answer: first option / first scale point, one checkbox, some text."""
        overrides = overrides or {}
        if item["id"] in overrides:
            return overrides[item["id"]]
        t = item["type"]
        if t == "yesno":
            return "no" if _NO_BY_DEFAULT.search(item["id"]) else "yes"
        if t in ("single", "scale"):
            codes = self.codes(item)
            if t == "single" and "no" in codes and _NO_BY_DEFAULT.search(item["id"]):
                return "no"
            return codes[0] if codes else None
        if t == "multiple":
            opts = item.get("options", [])
            # Avoid options that exclude the others ("nobody", "none of these") if possible.
            plain = [o for o in opts if not o.get("exclusive") and not o.get("none")]
            pick = (plain or opts)[0]
            return [pick["code"]]
        if t == "text":
            return SAMPLE_TEXT
        raise ValueError(f"unknown item type {t!r} for {item['id']}")

    def build_body(self, overrides: dict[str, Any], include_optional: bool = True) -> dict[str, Any]:
        """A complete, valid JSON body for POST .../responses: every visible item answered."""
        answers: dict[str, Any] = {}
        body: dict[str, Any] = {}
        for item in self.items:
            if not self.visible(item["id"], answers):
                continue
            if not include_optional and not item.get("required") and item["id"] not in overrides:
                continue
            value = self.choose(item, overrides)
            if value is None:
                continue
            answers[item["id"]] = value
            body[item["id"]] = value
            selected = value if isinstance(value, list) else [value]
            for code in selected:
                opt = self.option(item, code) if isinstance(code, str) else None
                if opt and opt.get("specify"):
                    body[f"{item['id']}.{code}"] = SPECIFY_TEXT
        return body


PERSONAS: dict[str, dict[str, Any]] = {
    # (a) student with own experience, recently
    "student-recent": {"role": "student", "experience": "recent"},
    # (b) professional without own experience
    "professional-no": {"role": "professional", "experience": "no"},
}


def summary_line(passed: int, failed: int) -> str:
    return f"{passed} passed, {failed} failed"


class Checker:
    """Tiny check collector; prints one line per check and the closing summary line."""

    def __init__(self) -> None:
        self.passed = 0
        self.failed = 0

    def check(self, ok: bool, name: str, detail: str = "") -> bool:
        if ok:
            self.passed += 1
            print(f"PASS {name}", flush=True)
        else:
            self.failed += 1
            print(f"FAIL {name}" + (f": {detail}" if detail else ""), flush=True)
        return ok

    def run(self, name: str, fn: Callable[[], None]) -> None:
        """Run a check function; any exception counts as one failure."""
        try:
            fn()
        except Exception as exc:  # noqa: BLE001 - report and continue
            import traceback

            traceback.print_exc()
            self.check(False, name, f"{type(exc).__name__}: {exc}")

    def finish(self) -> int:
        print(summary_line(self.passed, self.failed), flush=True)
        return 0 if self.failed == 0 and self.passed > 0 else 1


def iter_codes(value: Any) -> Iterable[str]:
    if isinstance(value, list):
        yield from value
    elif value is not None:
        yield value
