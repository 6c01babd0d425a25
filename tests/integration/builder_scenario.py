"""The questionnaire builder in a real browser (issue 9): a lead creates a small study from
pasted YAML, builds a numeric item and a multiple-choice item with an exclusive option in the
builder, sees a problem inline and solves it, publishes, previews the questionnaire in test
mode, answers it, reloads the thank-you page (nothing stored twice), and deletes the test
answers in one click.

Run from browser_test.py (it reuses its Researcher helpers and checks).
"""
from __future__ import annotations

import html

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

SLUG = "bouwtest"
START_YAML = """id: bouwtest
languages: [nl, en]
title: {nl: Werkdruk, en: Workload}
scales: {}
sections:
  - id: werk
    title: {nl: Je werk, en: Your work}
    items:
      - id: team
        type: yesno
        required: true
        text: {nl: Werk je in een team?, en: Do you work in a team?}
"""


def run_builder(t) -> None:
    """`t` is the BrowserTest: `_researcher`, `_log_in`, `_w`, `_must`, `dump`."""
    t.scope = "builder"
    try:
        _builder(t)
    finally:
        t.scope = "workspace"


def _fill_item(r, form, fields: dict) -> None:
    for name, value in fields.items():
        el = form.find_element(By.NAME, name)
        if el.tag_name == "select":
            Select(el).select_by_value(value)
        elif el.get_attribute("type") == "checkbox":
            if el.is_selected() != bool(value):
                r.d.execute_script("arguments[0].click();", el)
        else:
            el.clear()
            el.send_keys(value)


def _press(r, value: str) -> None:
    """Press the form button with `_action` = value and wait for the next page."""
    button = r.d.find_element(By.CSS_SELECTOR, f"button[name=_action][value={value}]")
    token = r._mark()
    r.d.execute_script("arguments[0].click();", button)
    r._wait_new(token)


def _builder(t) -> None:
    r = t._researcher()
    t._log_in(r, "admin", t.args.admin_password, "/admin")
    # 1. A study from pasted YAML.
    r.open("/admin")
    form = r.form("form#create-study")
    r.type_into(form, "slug", SLUG)
    r.type_into(form, "title", "Bouwtest")
    r.d.execute_script("arguments[0].click();", form.find_element(By.ID, "source-json"))
    r.d.execute_script("arguments[0].value = arguments[1];", form.find_element(By.NAME, "instrument"), START_YAML)
    r.submit(form)
    t._must(r.path() == f"/admin/studies/{SLUG}", "a study is created from pasted YAML",
            f"on {r.path()}; errors: {r.errors()}")
    base = f"/admin/studies/{SLUG}/questionnaire"
    r.open(base)
    t._must(bool(r.d.find_elements(By.CSS_SELECTOR, "[data-builder-item=team]")), "the builder lists the study's item")

    # 2. A numeric item: the type shows only its own fields.
    r.d.execute_script("document.querySelector('details.builder-new').open = true;")
    form = r.form("form[data-new-item=werk]")
    Select(form.find_element(By.NAME, "type")).select_by_value("numeric")
    options = form.find_element(By.NAME, "options")
    minimum = form.find_element(By.NAME, "min")
    t._w(not options.is_displayed() and minimum.is_displayed(),
         "choosing 'numeric' shows min/max and hides the options", f"options shown: {options.is_displayed()}")
    _fill_item(r, form, {"id": "uren", "text.nl": "Hoeveel uur werk je per week?", "text.en": "How many hours a week do you work?",
                         "format": "decimal", "min": "0", "max": "80", "unit.nl": "uur", "unit.en": "hours", "required": True})
    r.submit(form)
    t._must(not r.errors(), "the numeric item is added without problems", "; ".join(r.errors()))

    # 3. A multiple item whose condition names an item that comes after it: flagged at the item, publish disabled.
    r.open(base)
    r.d.execute_script("document.querySelector('details.builder-new').open = true;")
    form = r.form("form[data-new-item=werk]")
    Select(form.find_element(By.NAME, "type")).select_by_value("multiple")
    _fill_item(r, form, {"id": "steun", "text.nl": "Bij wie vind je steun?", "text.en": "Who supports you?",
                         "options": "collega = Collega's | Colleagues\nleiding = Leidinggevende | Manager\nniemand = Niemand | Nobody [exclusive]",
                         "showIf": "later = yes"})
    r.submit(form)
    r.open(base)
    item = r.d.find_elements(By.CSS_SELECTOR, "#item-steun .item-problems")
    t._w(bool(item) and "later" in item[0].text and "steun" in r.d.find_element(By.ID, "problems").text,
         "a condition on an unknown item is shown at the item, naming it", item[0].text if item else "no inline problem")
    publish = r.d.find_element(By.CSS_SELECTOR, "button[name=_action][value=publish]")
    t._w(not publish.is_enabled(), "publishing is disabled while the draft has problems")
    # Solve it: condition on the first item.
    r.d.execute_script("document.querySelector('#item-steun details').open = true;")
    form = r.form("#item-steun form.builder-item-form")
    _fill_item(r, form, {"showIf": "team = yes"})
    r.submit(form)
    r.open(base)
    t._w(not r.d.find_elements(By.ID, "problems"), "the problem is gone once the condition is fixed")
    r.submit(r.form("section#status form"))
    t._w("Gepubliceerd" in r.body_text(), "the draft is published", r.body_text()[:200])

    # 4. Preview in test mode, answer, reload the thank-you page.
    r.open(f"/admin/studies/{SLUG}/preview")
    t._w(bool(r.d.find_elements(By.CSS_SELECTOR, ".test-banner")), "the preview shows the test banner")
    start = r.d.find_elements(By.CSS_SELECTOR, "button[name=_action][value=start]")
    t._must(bool(start), "the preview opens the introduction")
    _press(r, "start")
    r.d.execute_script("arguments[0].click();", r.d.find_element(By.ID, "team--yes"))
    uren = r.d.find_element(By.ID, "uren")
    uren.send_keys("37,5")
    unit = r.d.find_elements(By.CSS_SELECTOR, "#item-uren .unit")
    t._w(bool(unit) and unit[0].text == "uur", "the numeric field shows its unit")
    # The step has both items only when the branch allows: 'steun' depends on 'team' on the same step, so it follows.
    _press(r, "next")
    boxes = r.d.find_elements(By.CSS_SELECTOR, "input[name=steun]")
    if t._w(len(boxes) == 3, "the multiple item follows on its own step", f"{len(boxes)} boxes"):
        r.d.execute_script("arguments[0].click();", r.d.find_element(By.ID, "steun--collega"))
        r.d.execute_script("arguments[0].click();", r.d.find_element(By.ID, "steun--niemand"))
        t._w(not r.d.find_element(By.ID, "steun--collega").is_selected(),
             "ticking the exclusive option clears the others")
        _press(r, "next")
    for _ in range(5):
        if not r.d.find_elements(By.CSS_SELECTOR, "button[name=_action][value=next]"):
            break
        _press(r, "next")
    submit = r.d.find_elements(By.CSS_SELECTOR, "button[name=_action][value=submit]")
    t._must(bool(submit), "the review page is reached", "; ".join(r.errors()))
    _press(r, "submit")
    t._w(r.path() == f"/s/{SLUG}/thanks", "after sending, the address bar shows the thank-you page", r.path())
    r.d.refresh()
    r.open(f"/s/{SLUG}/thanks")
    t._w(r.path() == f"/s/{SLUG}/thanks", "reloading the thank-you page shows it again")

    # 5. One test answer, none real; deleted in one click.
    r.open(f"/admin/studies/{SLUG}/responses")
    text = r.body_text()
    tests = r.d.find_elements(By.CSS_SELECTOR, "form#delete-tests")
    t._w(bool(tests), "the responses page offers to delete the test answers", text[:300])
    listed = r.d.find_elements(By.CSS_SELECTOR, "#test-responses tbody tr")
    t._w(len(listed) == 1, "sending, reloading and the thank-you page again stored one test answer", f"{len(listed)} listed")
    got = r.fetch(f"/admin/studies/{SLUG}/answers.csv", limit=None)
    rows = [line for line in html.unescape(got.get("head", "")).splitlines() if line.strip()]
    t._w(got["status"] == 200 and len(rows) == 1, "the test answer is in no export (header only)", f"{len(rows)} lines")
    if tests:
        r.submit(tests[0])
        t._w(not r.d.find_elements(By.CSS_SELECTOR, "form#delete-tests"), "after deleting, no test answers are listed")
    if t.c.failed:
        t.dump("builder")
