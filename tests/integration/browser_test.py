#!/usr/bin/env python3
"""Real-browser test of the respondent web form (headless Chromium via Selenium).

Starts nothing itself: point it at a running `voelspriet serve --demo`.

    python3 tests/integration/browser_test.py --base-url http://127.0.0.1:8080

What it does:
  * fetches the instrument JSON and evaluates its showIf conditions in Python;
  * fills the questionnaire page by page as (a) a student with recent own experience and
    (b) a professional without own experience, answering every item it is shown
    (first option / first scale point, one checkbox, some text);
  * asserts every item shown applies given the answers so far (never a hidden one) and that,
    at the end, the set of items shown equals the set the instrument says applies;
  * reads the receipt code on the thank-you page, checks its format, and withdraws it through
    the API (204 proves the submission was stored);
  * checks ?lang=en gives English text;
  * submits a page with a required item left blank: an error is shown inside that item and
    what was filled in elsewhere on the page is kept;
  * checks the back button keeps earlier answers;
  * the researcher side: the report page as admin; then a lead (admin) creates accounts 'ana' and
    'vera', adds them to the study as analyst and viewer; each logs in with the one-time password
    and must change it; the viewer's report keeps small groups hidden (even with min_group=0) and
    answers.csv is refused (403); the analyst downloads it; the audit page lists that download
    and both additions;
  * interviews: the lead uploads a transcript (CRLF, an emoji before the fragment) with a name and a
    place to replace, adds the starting codebook, selects a fragment in the transcript, presses c,
    filters the code picker by typing and applies with Enter; the code's retrieval list shows the
    fragment with (Prof8); Ctrl+Z undoes it and the list is empty again;
  * the literature review (after the workspace: it needs ana): the lead uploads a RIS file of six
    made-up records (one pair duplicate by DOI), deduplicates (5 unique), assigns ana and a coder
    'cas' to title/abstract; ana screens all five by keyboard (i/e), each next record shown in the
    same document (loaded ahead) with the decided count going up; cas opens record A by its address
    and sees nothing of ana's decision, tries j/k (skip ahead, go back), and excludes all five with
    the buttons; the lead finds exactly A in conflict with both votes, resolves it as third
    reviewer, and the screening overview shows kappa for ana – cas, 4 agreed excludes and 1
    resolved; prisma.svg and decisions.csv carry those numbers.
Ends with a line "N passed, N failed"; exit status 1 on any failure.
"""

from __future__ import annotations

import argparse
import csv
import html
import json
import os
import shutil
import subprocess
import re
import sys
import tempfile
import time
import traceback
import urllib.error
import urllib.parse
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from selenium import webdriver  # noqa: E402
from selenium.common.exceptions import (  # noqa: E402
    ElementClickInterceptedException,
    ElementNotInteractableException,
    StaleElementReferenceException,
    TimeoutException,
    WebDriverException,
)
from selenium.webdriver.chrome.options import Options  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402

from builder_scenario import run_builder  # noqa: E402
from vsinstrument import (  # noqa: E402
    PERSONAS,
    RECEIPT_RE,
    SAMPLE_TEXT,
    SPECIFY_TEXT,
    Checker,
    Instrument,
    fetch_instrument,
    item_text,
    localized,
)

MAX_PAGES = 60


class Abort(Exception):
    """Stop the current scenario; the reason is already recorded as a failure."""


def css_str(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def make_driver(args) -> webdriver.Chrome:
    opts = Options()
    opts.binary_location = args.chromium
    for flag in (
        "--headless=new",
        "--no-sandbox",  # CI runs as root
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--window-size=1280,1600",
        "--lang=nl-NL",
        "--no-first-run",
        "--disable-extensions",
    ):
        opts.add_argument(flag)
    service = Service(executable_path=args.chromedriver)
    driver = webdriver.Chrome(service=service, options=opts)
    driver.set_page_load_timeout(args.timeout)
    return driver


class Form:
    """Operations on the current questionnaire page."""

    def __init__(self, driver, inst: Instrument, args):
        self.d = driver
        self.inst = inst
        self.args = args

    # --- reading -------------------------------------------------------------------
    def page_items(self) -> list[str]:
        return [e.get_attribute("data-item") for e in self.d.find_elements(By.CSS_SELECTOR, "[data-item]")]

    def receipt(self) -> str | None:
        els = self.d.find_elements(By.ID, "receipt-code")
        return els[0].text.strip() if els else None

    def wrapper(self, item_id: str):
        return self.d.find_element(By.CSS_SELECTOR, f"[data-item={css_str(item_id)}]")

    def errors_in(self, item_id: str) -> list:
        return self.wrapper(item_id).find_elements(By.CSS_SELECTOR, ".error")

    def all_errors(self) -> list[str]:
        return [e.text.strip() for e in self.d.find_elements(By.CSS_SELECTOR, ".error")]

    def text_fields(self, name: str) -> list:
        """Visible text inputs/textareas with this name (not the hidden fields carrying state)."""
        sel = css_str(name)
        return self.d.find_elements(
            By.CSS_SELECTOR, f"textarea[name={sel}], input[name={sel}]:not([type=hidden]):not([type=radio]):not([type=checkbox])")

    def inputs(self, name: str, kind: str | None = None):
        sel = f"[name={css_str(name)}]"
        if kind:
            sel = f"input[type={kind}]" + sel
        return self.d.find_elements(By.CSS_SELECTOR, sel)

    def read_value(self, item: dict):
        """What the page currently holds for an item (same shape as an answer)."""
        t = item["type"]
        iid = item["id"]
        if t in ("single", "scale", "yesno"):
            for el in self.inputs(iid, "radio"):
                if el.is_selected():
                    return el.get_attribute("value")
            sel = self.d.find_elements(By.CSS_SELECTOR, f"select[name={css_str(iid)}]")
            if sel:
                v = sel[0].get_attribute("value")
                return v or None
            return None
        if t == "multiple":
            vals = [el.get_attribute("value") for el in self.inputs(iid, "checkbox") if el.is_selected()]
            return vals or None
        if t == "text":
            els = self.text_fields(iid)
            return (els[0].get_attribute("value") or None) if els else None
        return None

    # --- writing -------------------------------------------------------------------
    def _click(self, el) -> None:
        try:
            el.click()
        except (ElementClickInterceptedException, ElementNotInteractableException):
            self.d.execute_script("arguments[0].click();", el)

    def _set_checked(self, el, want: bool) -> None:
        if el.is_selected() != want:
            self._click(el)

    def _type(self, el, text: str) -> None:
        el.clear()
        el.send_keys(text)

    def fill(self, item: dict, value) -> None:
        t = item["type"]
        iid = item["id"]
        if t in ("single", "scale", "yesno"):
            radios = self.inputs(iid, "radio")
            if radios:
                target = [r for r in radios if r.get_attribute("value") == value]
                if not target:
                    raise AssertionError(f"{iid}: no radio with value {value!r} (have {[r.get_attribute('value') for r in radios]})")
                self._set_checked(target[0], True)
                # The contract: id=ITEMID--CODE with a <label for>.
                if target[0].get_attribute("id") != f"{iid}--{value}":
                    print(f"  note: radio {iid}={value} has id {target[0].get_attribute('id')!r}", flush=True)
            else:
                from selenium.webdriver.support.ui import Select

                Select(self.d.find_element(By.CSS_SELECTOR, f"select[name={css_str(iid)}]")).select_by_value(value)
        elif t == "multiple":
            want = set(value)
            boxes = self.inputs(iid, "checkbox")
            if not boxes:
                raise AssertionError(f"{iid}: no checkboxes on the page")
            have = {b.get_attribute("value") for b in boxes}
            if not want <= have:
                raise AssertionError(f"{iid}: checkboxes {sorted(have)} lack {sorted(want - have)}")
            for b in boxes:
                self._set_checked(b, b.get_attribute("value") in want)
        elif t == "text":
            els = self.text_fields(iid)
            if not els:
                raise AssertionError(f"{iid}: no textarea on the page")
            self._type(els[0], value)
        # specify text for chosen options that ask for it
        codes = value if isinstance(value, list) else [value]
        for code in codes:
            opt = self.inst.option(item, code) if isinstance(code, str) else None
            if opt and opt.get("specify"):
                fields = self.text_fields(f"{iid}.{code}")
                if fields:
                    self._type(fields[0], SPECIFY_TEXT)

    def _navigate(self, act) -> None:
        """Do `act` (a click that submits a form) and wait until the next page has loaded.

        The old page is marked with a JS variable; the new page lacks it. (EC.staleness_of can
        trip over chromedriver's "Node with given id does not belong to the document" race.)
        """
        token = f"vs-{time.monotonic_ns()}"
        # On the body, not the window: questionnaire steps are shown in place (respondent.js
        # replaces the body), so the window stays while the page changes.
        self.d.execute_script("document.body.dataset.vsPage = arguments[0];", token)
        act()

        def loaded(d):
            return d.execute_script(
                "return document.body && document.body.dataset.vsPage !== arguments[0]"
                " && document.readyState === 'complete';", token)

        WebDriverWait(self.d, self.args.timeout, poll_frequency=0.05,
                      ignored_exceptions=(WebDriverException,)).until(loaded)

    def press(self, action: str) -> None:
        buttons = self.d.find_elements(By.CSS_SELECTOR, f"button[name=_action][value={action}]")
        if not buttons:
            raise AssertionError(f"no button with _action={action} on the page")
        self._navigate(lambda: self._click(buttons[0]))

    def has_button(self, action: str) -> bool:
        return bool(self.d.find_elements(By.CSS_SELECTOR, f"button[name=_action][value={action}]"))

    def start(self) -> None:
        """Intro page: press the (first) submit button of the questionnaire form."""
        slug = self.args.slug
        forms = [
            f for f in self.d.find_elements(By.TAG_NAME, "form")
            if (f.get_attribute("action") or "").split("?")[0].rstrip("/").endswith(f"/s/{slug}")
        ]
        if not forms:
            raise AssertionError("intro page has no <form action=/s/%s>" % slug)
        buttons = forms[0].find_elements(By.CSS_SELECTOR, "button[type=submit], input[type=submit], button:not([type])")
        if not buttons:
            raise AssertionError("intro form has no submit button")
        self._navigate(lambda: self._click(buttons[0]))


class Researcher:
    """The researcher side (log-in, accounts, members, report, downloads) in one browser session.

    Every navigation and form submit waits until the *next* document has loaded (the old page's
    body is marked with a data attribute the new one lacks) and holds a <main>, so nothing is read
    off a stale page; the caller then checks where it landed.
    """

    def __init__(self, driver, args, base: str):
        self.d = driver
        self.args = args
        self.base = base
        driver.set_script_timeout(args.timeout)

    def path(self) -> str:
        return urllib.parse.urlsplit(self.d.current_url).path

    def _mark(self) -> str:
        # On the body, not the window: the import form's script writes the server's answer into
        # the same window (document.open/write keeps the window's variables, not the body).
        token = f"vs-{time.monotonic_ns()}"
        try:
            self.d.execute_script("document.body.dataset.vsPage = arguments[0];", token)
        except WebDriverException:
            pass  # e.g. no document yet; the wait below still needs readyState and a <main>
        return token

    def _wait_new(self, token: str) -> None:
        def loaded(d):
            return d.execute_script(
                "return document.body !== null && document.body.dataset.vsPage !== arguments[0]"
                " && document.readyState === 'complete' && document.querySelector('main') !== null;", token)

        WebDriverWait(self.d, self.args.timeout, poll_frequency=0.05,
                      ignored_exceptions=(WebDriverException,)).until(loaded)

    def open(self, path: str) -> None:
        token = self._mark()
        self.d.get(self.base + path)
        self._wait_new(token)

    def submit(self, form) -> None:
        """Press the submit button of `form` (a WebElement) and wait for the next page."""
        buttons = form.find_elements(By.CSS_SELECTOR, "button[type=submit], input[type=submit], button:not([type])")
        if not buttons:
            raise AssertionError(f"form {form.get_attribute('action')!r} has no submit button")
        token = self._mark()
        try:
            buttons[0].click()
        except (ElementClickInterceptedException, ElementNotInteractableException):
            self.d.execute_script("arguments[0].click();", buttons[0])
        self._wait_new(token)

    def form(self, css: str):
        found = self.d.find_elements(By.CSS_SELECTOR, css)
        if not found:
            raise AssertionError(f"no {css} on {self.path()}")
        return found[0]

    def type_into(self, form, name: str, text: str) -> None:
        el = form.find_element(By.NAME, name)
        el.clear()
        el.send_keys(text)

    def body_text(self) -> str:
        for _ in range(5):
            try:
                return self.d.find_element(By.TAG_NAME, "main").text
            except StaleElementReferenceException:
                time.sleep(0.2)
        return self.d.find_element(By.TAG_NAME, "main").text

    def errors(self) -> list[str]:
        return [e.text.strip() for e in self.d.find_elements(By.CSS_SELECTOR, "main .error")]

    def log_in(self, username: str, password: str) -> str:
        """Log in from /login; returns the path landed on."""
        self.open("/login")
        form = self.form('form[action="/login"]')
        self.type_into(form, "username", username)
        self.type_into(form, "password", password)
        self.submit(form)
        return self.path()

    def log_out(self) -> str:
        """Press the log-out button in the page header; returns the path landed on."""
        self.submit(self.form('header form[action="/logout"]'))
        return self.path()

    def change_password(self, current: str, new: str) -> str:
        form = self.form("form#change-password")
        self.type_into(form, "current", current)
        self.type_into(form, "new", new)
        self.type_into(form, "repeat", new)
        self.submit(form)
        return self.path()

    def fetch(self, path: str, limit: int | None = 300) -> dict:
        """GET `path` from the current page (same origin, the session cookie goes along):
        status, type, contentType, disposition and the first `limit` characters of the body
        as head (all of it for None).

        Redirects are not followed, so a bounce to /login shows as type 'opaqueredirect'.
        """
        return self.d.execute_async_script(
            """
            const [path, limit, done] = arguments;
            fetch(path, {credentials: 'same-origin', redirect: 'manual', cache: 'no-store'})
              .then(async r => done({status: r.status, type: r.type,
                                     contentType: r.headers.get('content-type') || '',
                                     disposition: r.headers.get('content-disposition') || '',
                                     head: (await r.text()).slice(0, limit === null ? undefined : limit)}))
              .catch(e => done({status: -1, type: 'error', contentType: '', disposition: '', head: String(e)}));
            """, path, limit)


class BrowserTest:
    def __init__(self, args):
        self.args = args
        self.base = args.base_url.rstrip("/")
        self.c = Checker()
        self.doc = fetch_instrument(self.base, args.slug)
        self.inst = Instrument(self.doc)
        self.driver = None

    # --- helpers -------------------------------------------------------------------
    def new_session(self):
        if self.driver is not None:
            self.driver.quit()
        self.driver = make_driver(self.args)
        return Form(self.driver, self.inst, self.args)

    def dump(self, label: str) -> None:
        if not self.args.artifacts or self.driver is None:
            return
        os.makedirs(self.args.artifacts, exist_ok=True)
        stem = os.path.join(self.args.artifacts, label.replace("/", "_").replace(" ", "_"))
        try:
            self.driver.save_screenshot(stem + ".png")
            with open(stem + ".html", "w", encoding="utf-8") as fh:
                fh.write(self.driver.page_source)
            print(f"  saved {stem}.png/.html", flush=True)
        except Exception as exc:  # noqa: BLE001
            print(f"  could not save artifacts: {exc}", flush=True)

    def source_text(self) -> str:
        return html.unescape(self.driver.page_source)

    def open_intro(self, form: Form, lang: str | None = None) -> None:
        url = f"{self.base}/s/{self.args.slug}" + (f"?lang={lang}" if lang else "")
        self.driver.get(url)

    def withdraw(self, receipt: str) -> int:
        req = urllib.request.Request(
            f"{self.base}/api/v1/studies/{self.args.slug}/withdrawals",
            data=json.dumps({"receipt": receipt}).encode(),
            headers={"Content-Type": "application/json", "Accept": "application/problem+json, application/json"},
            method="POST",
        )
        try:
            with urllib.request.urlopen(req, timeout=10) as resp:
                return resp.status
        except urllib.error.HTTPError as err:
            return err.code

    # --- scenarios -----------------------------------------------------------------
    def _kept(self, form: Form, items: list[dict], values: dict) -> list[str]:
        lost = []
        for it in items:
            got = form.read_value(it)
            want = values[it["id"]]
            same = sorted(got or []) == sorted(want) if isinstance(want, list) else got == want
            if not same:
                lost.append(f"{it['id']}: want {want!r}, got {got!r}")
        return lost

    def _rejected_page(self, form: Form, label: str, name: str, bad: dict, rest: list[dict],
                       values: dict, why: str) -> bool:
        """After pressing next with `bad` wrong: same page, error inside `bad`, the rest kept."""
        c = self.c
        if form.receipt() is not None or bad["id"] not in form.page_items():
            self.dump(f"{name}-{why}")
            c.check(False, f"{label} {why} '{bad['id']}' keeps the respondent on the page", "page moved on")
            raise Abort()
        errs = form.errors_in(bad["id"])
        c.check(bool(errs), f"{label} {why} '{bad['id']}' shows an error inside the item",
                f"errors on page: {form.all_errors()}")
        if not errs:
            self.dump(f"{name}-{why}")
        if not rest:
            return False
        lost = self._kept(form, rest, values)
        c.check(not lost, f"{label} after the error, what was filled in is kept "
                          f"({', '.join(it['id'] for it in rest)})", "; ".join(lost))
        stray = [it["id"] for it in rest if form.errors_in(it["id"])]
        c.check(not stray, f"{label} no error on the items that were answered", f"errors in {stray}")
        return True

    def persona(self, name: str, overrides: dict, blank_check: bool, back_check: bool) -> None:
        c = self.c
        form = self.new_session()
        inst = self.inst
        label = f"[{name}]"
        self.open_intro(form)
        self._history_at_intro = self.driver.execute_script("return window.history.length;")
        title_nl = localized(self.doc.get("title"), "nl")
        if title_nl:
            c.check(title_nl in self.source_text(), f"{label} intro shows the Dutch title", repr(title_nl))
        form.start()

        answers: dict = {}
        seen: list[str] = []
        hidden_shown: list[str] = []
        unknown_shown: list[str] = []
        order_problems: list[str] = []
        need_error = blank_check   # a required item left blank -> error inside it
        need_keep = blank_check    # ... and what was filled in elsewhere on the page is kept
        need_back = back_check
        pages = 0
        review_pages = 0
        receipt = None

        while pages < MAX_PAGES:
            receipt = form.receipt()
            if receipt is not None:
                break
            pages += 1
            ids = form.page_items()
            if not ids:
                # A review/confirmation page without questions: submit it.
                if form.has_button("submit"):
                    review_pages += 1
                    form.press("submit")
                    continue
                self.dump(f"{name}-page{pages}-noitems")
                c.check(False, f"{label} page {pages} has questionnaire items or a submit button",
                        "no [data-item], no receipt, no submit")
                raise Abort()
            positions = [inst.items.index(inst.by_id[i]) for i in ids if i in inst.by_id]
            if positions != sorted(positions):
                order_problems.append(f"page {pages}: {ids}")
            page_answers: dict = {}
            to_fill: list[dict] = []
            for iid in ids:
                if iid not in seen:
                    seen.append(iid)
                if iid not in inst.by_id:
                    unknown_shown.append(iid)
                    continue
                # answers so far, including those given earlier on this page
                if not inst.visible(iid, {**answers, **page_answers}):
                    hidden_shown.append(f"{iid} (page {pages})")
                    continue
                item = inst.by_id[iid]
                page_answers[iid] = inst.choose(item, overrides)
                to_fill.append(item)

            # (1) A required item left blank: error inside it; the rest of the page is kept.
            required = [it for it in to_fill if it.get("required")]
            if required and (need_error or (need_keep and len(to_fill) > 1)):
                blank = required[0]
                without = {k: v for k, v in page_answers.items() if k != blank["id"]}
                # Only fill items whose visibility does not hinge on the blank one.
                rest = [it for it in to_fill
                        if it is not blank and inst.visible(it["id"], {**answers, **without})]
                for it in rest:
                    form.fill(it, page_answers[it["id"]])
                form.press("next")
                if self._rejected_page(form, label, name, blank, rest, page_answers, "blank required item"):
                    need_keep = False
                need_error = False
            # (2) No page pairs a required item with others: a text over its maxLength is the
            #     other way to get a validation error on a page with more answers on it.
            elif need_keep and len(to_fill) > 1 and not need_error:
                long_items = [it for it in to_fill if it["type"] == "text" and isinstance(it.get("maxLength"), int)]
                if long_items:
                    bad = long_items[0]
                    rest = [it for it in to_fill if it is not bad]
                    for it in rest:
                        form.fill(it, page_answers[it["id"]])
                    area = form.d.find_element(By.CSS_SELECTOR, f"textarea[name={css_str(bad['id'])}]")
                    form.d.execute_script("arguments[0].value = arguments[1];", area, "x" * (bad["maxLength"] + 1))
                    form.press("next")
                    if self._rejected_page(form, label, name, bad, rest, page_answers,
                                           f"text longer than maxLength {bad['maxLength']}"):
                        need_keep = False

            for it in to_fill:
                form.fill(it, page_answers[it["id"]])
            answers.update(page_answers)

            # Back returns to this page with its answers (tested once, from the page after).
            if need_back and page_answers:
                need_back = False
                ids_before = list(ids)
                form.press("next")
                if form.receipt() is None and form.has_button("back") and not form.all_errors():
                    form.press("back")
                    back_ids = form.page_items()
                    lost = self._kept(form, [inst.by_id[i] for i in page_answers], page_answers)
                    c.check(back_ids == ids_before and not lost,
                            f"{label} back returns to the previous page with its answers",
                            f"page items {back_ids} vs {ids_before}; {'; '.join(lost)}")
                    for it in to_fill:  # re-assert (harmless when kept)
                        form.fill(it, page_answers[it["id"]])
                else:
                    self.dump(f"{name}-back")
                    c.check(False, f"{label} the page after page {pages} has a back button",
                            f"errors: {form.all_errors()}")
                    raise Abort()

            action = "next" if form.has_button("next") else ("submit" if form.has_button("submit") else None)
            if action is None:
                self.dump(f"{name}-page{pages}-nobutton")
                c.check(False, f"{label} page {pages} has a next or submit button")
                raise Abort()
            form.press(action)
            if form.receipt() is None and form.all_errors() and form.page_items() == ids:
                self.dump(f"{name}-page{pages}-rejected")
                c.check(False, f"{label} page {pages} accepted", f"errors: {form.all_errors()}")
                raise Abort()

        if receipt is None:
            c.check(False, f"{label} reached the thank-you page", f"gave up after {MAX_PAGES} pages")
            raise Abort()

        expected = inst.expected_visible(answers)
        c.check(not hidden_shown, f"{label} never shown a hidden item", ", ".join(hidden_shown))
        c.check(not unknown_shown, f"{label} every data-item is an instrument item", ", ".join(unknown_shown))
        missing = [i for i in expected if i not in seen]
        extra = [i for i in seen if i not in expected]
        c.check(not missing and not extra, f"{label} saw exactly the {len(expected)} items that apply",
                f"missing {missing}, extra {extra}")
        c.check(not order_problems, f"{label} items appear in instrument order", "; ".join(order_problems))
        for key, want in overrides.items():
            c.check(answers.get(key) == want, f"{label} answered {key}={want}", f"answered {answers.get(key)!r}")
        if need_error:
            c.check(False, f"{label} found a page with a required item for the blank-required test")
        if need_keep:
            c.check(False, f"{label} found a page to test that answers are kept after a validation error",
                    "no page with a required item and other items, nor a text item with maxLength among others")
        if need_back:
            c.check(False, f"{label} found a page to test the back button")
        c.check(bool(RECEIPT_RE.match(receipt)), f"{label} receipt code format", repr(receipt))
        print(f"  {label} {pages} pages ({review_pages} review), {len(seen)} items, receipt {receipt}", flush=True)
        if not self.args.no_withdraw and RECEIPT_RE.match(receipt):
            status = self.withdraw(receipt)
            c.check(status == 204, f"{label} receipt is known to the API (withdrawal -> 204)", f"got {status}")
        # The whole questionnaire is one entry in the tab's history (steps are shown in place).
        length = self.driver.execute_script("return window.history.length;")
        c.check(length == self._history_at_intro, f"{label} the questionnaire added no history entries",
                f"history.length {self._history_at_intro} at the introduction, {length} at the thank-you page")

    def english(self) -> None:
        c = self.c
        form = self.new_session()
        self.open_intro(form, "en")
        src = self.source_text()
        title_en = localized(self.doc.get("title"), "en")
        title_nl = localized(self.doc.get("title"), "nl")
        if title_en:
            c.check(title_en in src, "[en] intro shows the English title", repr(title_en))
        if title_nl and title_en and title_nl not in title_en:
            c.check(title_nl not in self.driver.find_element(By.TAG_NAME, "body").text,
                    "[en] intro body does not show the Dutch title")
        lang_attr = self.driver.find_element(By.TAG_NAME, "html").get_attribute("lang") or ""
        c.check(lang_attr.lower().startswith("en"), "[en] <html lang> is en", repr(lang_attr))
        form.start()
        ids = form.page_items()
        if not c.check(bool(ids), "[en] first questionnaire page has items"):
            self.dump("en-first-page")
            return
        next_buttons = self.driver.find_elements(By.CSS_SELECTOR, "button[name=_action][value=next]")
        if next_buttons:
            c.check("next" in next_buttons[0].text.lower(), "[en] next button says Next", repr(next_buttons[0].text))
        body = html.unescape(self.driver.find_element(By.TAG_NAME, "body").text)
        first = self.inst.by_id.get(ids[0])
        if first:
            q_en, q_nl = item_text(first, "en"), item_text(first, "nl")
            if q_en:
                c.check(q_en.strip() in body, f"[en] item '{first['id']}' shown in English", repr(q_en))
            if q_en and q_nl and q_nl not in q_en:
                c.check(q_nl.strip() not in body, f"[en] item '{first['id']}' not shown in Dutch")
            if first.get("type") in ("single", "multiple"):
                labels = [localized(o.get("label"), "en") for o in first.get("options", [])]
                absent = [lb for lb in labels if lb and lb not in body]
                c.check(not absent, f"[en] option labels of '{first['id']}' in English", f"absent: {absent}")
        if c.failed:
            self.dump("en-first-page")

    def layout(self) -> None:
        """Option labels beside their control at a phone's width and a desktop's (issue 9: long
        labels wrapped under their radio button); the progress line says 'of about'; the language
        switch on a step keeps what was ticked."""
        c = self.c
        form = self.new_session()
        d = self.driver  # after new_session: it starts a fresh browser
        self.open_intro(form)
        form.start()
        c.check("van ongeveer" in d.find_element(By.CSS_SELECTOR, "p.progress").text, "[layout] the step says 'Stap 1 van ongeveer …'")
        for width in (360, 1200):
            d.set_window_size(width, 900)
            bad = d.execute_script("""
                const out = [];
                for (const option of document.querySelectorAll('.options:not(.scale) .option')) {
                  const input = option.querySelector('input[type=radio], input[type=checkbox]');
                  const label = option.querySelector(':scope > label');
                  if (!input || !label) continue;
                  const a = input.getBoundingClientRect(), b = label.getBoundingClientRect();
                  // The label starts right of the control and its first line is level with it.
                  if (b.left < a.right - 1 || Math.abs(b.top - a.top) > a.height) out.push(label.textContent.slice(0, 40));
                }
                return out;""")
            c.check(not bad, f"[layout] every option label sits beside its control at {width}px", f"misaligned: {bad[:3]}")
        d.set_window_size(1200, 900)
        radios = d.find_elements(By.CSS_SELECTOR, "input[type=radio]")
        switch = d.find_elements(By.CSS_SELECTOR, "button[name=_action][value=language]")
        if c.check(bool(radios) and bool(switch), "[layout] a step has options and a language switch"):
            form._click(radios[0])
            picked = radios[0].get_attribute("id")
            form._navigate(lambda: form._click(switch[0]))
            lang = d.find_element(By.TAG_NAME, "html").get_attribute("lang") or ""
            kept = d.find_elements(By.ID, picked)
            c.check(lang.startswith("en") and bool(kept) and kept[0].is_selected(),
                    "[layout] the language switch shows the step in English with the choice kept", f"lang={lang}")
        if c.failed:
            self.dump("layout")

    def quick_exit(self) -> None:
        """The quick exit: on every respondent page, by button or Escape twice; the tab's history
        then holds no questionnaire page (steps are shown in place, the exit replaces the page)."""
        c = self.c
        form = self.new_session()
        d = self.driver
        d.get("data:text/html,<title>before</title><p>before")
        self.open_intro(form)
        c.check(bool(d.find_elements(By.CSS_SELECTOR, "header a.quick-exit")), "[exit] the introduction has a quick-exit button")
        form.start()
        button = d.find_elements(By.CSS_SELECTOR, "header a.quick-exit")
        c.check(bool(button) and button[0].is_displayed(), "[exit] a questionnaire step shows the quick-exit button")
        neutral = button[0].get_attribute("href") if button else ""
        d.find_element(By.TAG_NAME, "body").send_keys("\ue00c")  # Escape
        d.find_element(By.TAG_NAME, "body").send_keys("\ue00c")
        try:
            WebDriverWait(d, self.args.timeout, poll_frequency=0.05, ignored_exceptions=(WebDriverException,)).until(
                lambda drv: not drv.current_url.startswith(self.base))
        except TimeoutException:
            pass
        c.check(not d.current_url.startswith(self.base), "[exit] Escape twice leaves the questionnaire",
                f"still at {d.current_url}")
        d.back()
        time.sleep(0.5)
        c.check(not d.current_url.startswith(self.base), "[exit] Back does not return to the questionnaire",
                f"back at {d.current_url} (neutral site {neutral})")

    def report(self) -> None:
        """The researcher's report page on the demo data: the report's statements, charts drawn."""
        c = self.c
        self.new_session()
        d = self.driver
        d.get(f"{self.base}/login")
        d.find_element(By.NAME, "username").send_keys("admin")
        d.find_element(By.NAME, "password").send_keys(self.args.admin_password)
        d.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
        WebDriverWait(d, self.args.timeout).until(lambda drv: "/login" not in drv.current_url)
        d.get(f"{self.base}/admin/studies/{self.args.slug}/report")
        body = d.find_element(By.TAG_NAME, "body").text
        for statement in ("χ²(4) = 11,08; p = 0,03", "χ²(3) = 9,90; p = 0,02", "χ²(2) = 8,44; p = 0,01"):
            c.check(statement in body, f"[report] shows {statement}")
        charts = [e for e in d.find_elements(By.CSS_SELECTOR, ".report svg[role=img]") if e.size["width"] > 100]
        c.check(len(charts) >= 10, "[report] charts are drawn", f"{len(charts)} visible charts")
        Select(d.find_element(By.ID, "style")).select_by_value("apa")
        d.find_element(By.CSS_SELECTOR, "form.report-settings button[type=submit]").click()
        # The form is a GET: wait for the new page before reading it (the old body goes stale).
        WebDriverWait(d, self.args.timeout).until(
            lambda drv: "style=apa" in drv.current_url
            and drv.execute_script("return document.readyState") == "complete")
        body = ""
        for _ in range(5):
            try:
                body = d.find_element(By.TAG_NAME, "body").text
                break
            except StaleElementReferenceException:
                time.sleep(0.2)
        c.check("χ²(4, N = 131) = 11.08, p = .026" in body, "[report] APA notation after choosing it")
        if c.failed:
            self.dump("report")

    # --- the study workspace: a lead invites an analyst and a viewer ------------------------
    NEW_PASSWORD = "paars-fietsbel-onder-de-brug"

    # The scenario `_w` and `_must` report under (the literature scenario reuses them).
    scope = "workspace"

    def _w(self, ok: bool, name: str, detail: str = "") -> bool:
        """A workspace check; a failing one saves the page it was made on."""
        if not self.c.check(ok, f"[{self.scope}] {name}", detail):
            self.dump(f"{self.scope}-" + re.sub(r"[^A-Za-z0-9]+", "-", name).strip("-")[:60])
        return ok

    def _researcher(self) -> Researcher:
        """A fresh browser (no cookies from the previous user)."""
        self.new_session()
        return Researcher(self.driver, self.args, self.base)

    def _must(self, ok: bool, name: str, detail: str = "") -> None:
        if not self._w(ok, name, detail):
            raise Abort()

    def _log_in(self, r: Researcher, who: str, password: str, expect: str) -> None:
        landed = r.log_in(who, password)
        self._must(landed == expect, f"{who} logs in and lands on {expect}",
                   f"landed on {landed}; errors: {r.errors()}")

    def _log_out(self, r: Researcher, who: str) -> None:
        landed = r.log_out()
        self._w(landed == "/login", f"{who} logs out (back on /login)", f"landed on {landed}")
        gone = r.fetch(f"/admin/studies/{self.args.slug}")
        self._w(gone["type"] == "opaqueredirect" or gone["status"] in (401, 403),
                f"after {who} logged out the study page is no longer served",
                f"status {gone['status']} ({gone['type']})")

    def _first_login(self, r: Researcher, who: str, one_time: str) -> None:
        """Log in with a one-time password: the password change page comes first."""
        self._log_in(r, who, one_time, "/account/password")
        self._w(bool(r.d.find_elements(By.CSS_SELECTOR, "form#change-password")),
                f"{who} is shown the password change form")
        landed = r.change_password(one_time, self.NEW_PASSWORD)
        self._must(landed == "/admin", f"{who} changes the one-time password and lands on /admin",
                   f"landed on {landed}; errors: {r.errors()}")

    def _create_account(self, r: Researcher, name: str) -> str:
        r.open("/admin/users")
        form = r.form("form#new-account")
        r.type_into(form, "username", name)
        Select(form.find_element(By.NAME, "role")).select_by_value("researcher")
        r.submit(form)
        codes = r.d.find_elements(By.CSS_SELECTOR, "code.one-time-password")
        self._must(len(codes) == 1 and codes[0].text.strip() != "",
                   f"account '{name}' created, its one-time password shown",
                   f"on {r.path()}: {len(codes)} one-time passwords; errors: {r.errors()}")
        listed = r.d.find_elements(By.CSS_SELECTOR, f"tr[data-user={css_str(name)}]")
        self._w(bool(listed), f"account '{name}' listed on /admin/users")
        return codes[0].text.strip()

    def _add_member(self, r: Researcher, name: str, role: str, slug: str | None = None) -> None:
        slug = slug or self.args.slug
        r.open(f"/admin/studies/{slug}/members")
        form = r.form("form#add-member")
        r.type_into(form, "username", name)
        Select(form.find_element(By.ID, "member-role")).select_by_value(role)
        r.submit(form)
        self._w(not r.errors(), f"adding '{name}' as {role} gives no error", "; ".join(r.errors()))

    def _member_role(self, r: Researcher, name: str) -> str | None:
        rows = r.d.find_elements(By.CSS_SELECTOR, f"tr[data-member={css_str(name)}]")
        if not rows:
            return None
        return Select(rows[0].find_element(By.CSS_SELECTOR, "select[name=role]")).first_selected_option.get_attribute("value")

    def _open_answers(self, r: Researcher) -> int:
        """How many open answers the report page lists (the <li>s in the sections of text items)."""
        total = 0
        for item in self.inst.items:
            if item.get("type") == "text":
                for sec in r.d.find_elements(By.CSS_SELECTOR, f"section[id={css_str('item-' + item['id'])}]"):
                    total += len(sec.find_elements(By.TAG_NAME, "li"))
        return total

    def _small_groups_url(self) -> str:
        return f"/admin/studies/{self.args.slug}/report?by=study_year&min_group=0"

    def workspace(self) -> None:
        """A lead invites an analyst and a viewer; the viewer sees the report without small
        groups and cannot download answers; the audit page lists the analyst's CSV download."""
        slug = self.args.slug

        # 1. The admin (lead of the demo study) creates the accounts and adds them as members.
        r = self._researcher()
        self._log_in(r, "admin", self.args.admin_password, "/admin")
        one_time = {name: self._create_account(r, name) for name in ("ana", "vera")}
        self._w(one_time["ana"] != one_time["vera"], "the two one-time passwords differ")
        self._add_member(r, "ana", "analyst")
        self._add_member(r, "vera", "viewer")
        r.open(f"/admin/studies/{slug}/members")  # read the list afresh, not the page after the POST
        for name, role in (("ana", "analyst"), ("vera", "viewer")):
            got = self._member_role(r, name)
            self._w(got == role, f"members page lists '{name}' as {role}", f"role shown: {got!r}")
        # The lead's view first, so that what the viewer does not get is known to be there.
        r.open(f"/admin/studies/{slug}/report?by=study_year")
        self._w("(n < 5)" in r.body_text(), "the demo report split by study_year has a small group (n < 5)",
                "no '(n < 5)' on the page")
        r.open(self._small_groups_url())
        self._w("(n < 5)" not in r.body_text(), "the lead lifts the small-group limit with min_group=0",
                "'(n < 5)' still shown")
        self._w(self._open_answers(r) > 0, "the lead's report lists open answers")
        self._log_out(r, "admin")
        # The viewer's and the analyst's part are independent: one failing does not skip the other.
        for part in (self._workspace_viewer, self._workspace_analyst):
            try:
                part(one_time)
            except Abort:
                pass
        self._workspace_audit()
        self._two_factor_qr()

    def _two_factor_qr(self) -> None:
        """The two-step set-up page's QR code, drawn by our own code, is read by a real decoder
        (zbarimg) from a screenshot, and carries the key the page shows."""
        if not shutil.which("zbarimg"):
            self._w(False, "zbarimg is installed (zbar-tools) to read the QR code")
            return
        r = self._researcher()
        self._log_in(r, "admin", self.args.admin_password, "/admin")
        r.open("/account/two-factor")
        key = r.d.find_element(By.NAME, "secret").get_attribute("value")
        shot = os.path.join(self.args.artifacts, "two-factor-qr.png")
        os.makedirs(self.args.artifacts, exist_ok=True)
        r.d.find_element(By.CSS_SELECTOR, ".qr svg").screenshot(shot)
        decoded = subprocess.run(["zbarimg", "-q", "--raw", shot], capture_output=True, text=True).stdout.strip()
        expected = f"otpauth://totp/Voelspriet%3Aadmin?secret={key}&issuer=Voelspriet&algorithm=SHA1&digits=6&period=30"
        self._w(decoded == expected, "zbarimg reads the set-up QR code as the page's otpauth address", f"decoded {decoded!r}")
        self._log_out(r, "admin")

    def _workspace_viewer(self, one_time: dict) -> None:
        """The viewer: aggregates only, small groups stay hidden, no answers."""
        slug = self.args.slug
        answers_csv = f"/admin/studies/{slug}/answers.csv"
        r = self._researcher()
        self._first_login(r, "vera", one_time["vera"])
        r.open(self._small_groups_url())
        notes = r.d.find_elements(By.ID, "aggregate-note")
        self._w(bool(notes) and notes[0].is_displayed() and notes[0].text.strip() != "",
                "the viewer's report shows the aggregate note")
        # A split of the viewer's own choosing could isolate a person: the study's default
        # comparisons are used whatever the address asks for.
        self._w(not r.d.find_elements(By.CSS_SELECTOR, "form.report-settings [name=by]"),
                "the viewer's report offers no choice of splits")
        self._w(not r.d.find_elements(By.CSS_SELECTOR, "form.report-settings [name=min_group]"),
                "the viewer's report offers no min_group setting")
        got = r.fetch(self._small_groups_url().replace("/report?", "/report.json?"), limit=None)
        try:
            split_ids = [split["id"] for split in json.loads(got["head"])["splits"]]
        except (ValueError, KeyError, TypeError):
            split_ids = None
        self._w(got["status"] == 200 and split_ids == ["role", "experience"],
                "the viewer's report.json uses the study's default splits, not by=study_year", f"splits {split_ids}")
        shown = self._open_answers(r)
        self._w(shown == 0, "the viewer's report shows no open answers", f"{shown} open answers listed")
        for fmt in ("html", "md"):
            got = r.fetch(self._small_groups_url().replace("/report?", f"/report.{fmt}?"), limit=None)
            self._w(got["status"] == 200 and "Een ander jaar (n" not in html.unescape(got["head"]),
                    f"the viewer's report.{fmt} download ignores by=study_year too",
                    f"status {got['status']}")
        r.open(f"/admin/studies/{slug}")
        self._w(r.path() == f"/admin/studies/{slug}", "the viewer can open the study page", f"on {r.path()}")
        links = [a.get_attribute("href") or "" for a in r.d.find_elements(By.CSS_SELECTOR, "ul.exports a")]
        answer_links = [h for h in links if "/answers." in h]
        self._w(not answer_links, "the viewer's study page has no answers download links", ", ".join(answer_links))
        got = r.fetch(answers_csv)
        self._w(got["status"] == 403, "the viewer fetching answers.csv gets 403",
                f"status {got['status']} ({got['type']}), {got['contentType']!r}")
        self._w(got["contentType"].startswith("text/html") and "attachment" not in got["disposition"].lower(),
                "the viewer's 403 is an HTML page, not a download",
                f"{got['contentType']!r}, disposition {got['disposition']!r}")
        audit = r.fetch(f"/admin/studies/{slug}/audit")
        self._w(audit["status"] == 403, "the viewer cannot open the audit page (403)",
                f"status {audit['status']} ({audit['type']})")
        self._log_out(r, "vera")

    def _workspace_analyst(self, one_time: dict) -> None:
        """The analyst downloads the answers."""
        answers_csv = f"/admin/studies/{self.args.slug}/answers.csv"
        r = self._researcher()
        self._first_login(r, "ana", one_time["ana"])
        got = r.fetch(answers_csv)
        self._w(got["status"] == 200, "the analyst fetching answers.csv gets 200",
                f"status {got['status']} ({got['type']})")
        self._w(got["head"].startswith("response_id,"), "the analyst's answers.csv starts with response_id,",
                repr(got["head"][:80]))
        self._w("attachment" in got["disposition"].lower(), "answers.csv comes as an attachment",
                repr(got["disposition"]))
        self._log_out(r, "ana")

    def _workspace_audit(self) -> None:
        """The lead reads the audit trail."""
        slug = self.args.slug
        r = self._researcher()
        self._log_in(r, "admin", self.args.admin_password, "/admin")
        r.open(f"/admin/studies/{slug}/audit")
        rows = []
        for tr in r.d.find_elements(By.CSS_SELECTOR, "table.audit tbody tr"):
            cells = [td.text.strip() for td in tr.find_elements(By.TAG_NAME, "td")]
            if len(cells) == 4:
                rows.append(cells[1:])
        self._must(bool(rows), "the audit page lists events", f"on {r.path()}")
        self._w(["ana", "exported", "quickscan-answers.csv"] in rows,
                "the audit page lists ana's answers.csv download",
                f"rows by ana: {[x for x in rows if x[0] == 'ana']}")
        for name, role in (("ana", "analyst"), ("vera", "viewer")):
            added = [x for x in rows if x[1] == "member_added" and x[2].split()[:1] == [name]]
            self._w(bool(added) and added[0][0] == "admin" and role in added[0][2],
                    f"the audit page lists admin adding {name} ({role})",
                    f"member_added rows: {[x for x in rows if x[1] == 'member_added']}")
        self._w(not [x for x in rows if x[0] == "vera" and x[1] == "exported"],
                "no export by the viewer is recorded")

    # --- the literature review: import, deduplication, blind dual screening, conflicts ------
    # Six made-up records (our own words): four on professionals with lived experience of
    # domestic violence, one of them twice (same DOI, the title written differently), and two
    # that have nothing to do with it. Ana includes LIT_A and excludes the rest; cas excludes all.
    LIT_A = "Social workers who lived through domestic abuse themselves: an interview study"
    LIT_TITLES = (
        LIT_A,
        "Telling clients about one's own history of partner violence: a survey of helping professionals",
        "Own victimisation and secondary stress among staff of women's shelters",
        "Drip irrigation schedules for greenhouse tomatoes on sandy soil",
        "Energy use of sorting algorithms on small embedded processors",
    )
    LIT_RIS = """TY  - JOUR
TI  - Social workers who lived through domestic abuse themselves: an interview study
AU  - Verhoef, Anneke
AU  - Smit, Johan
PY  - 2021
JO  - Journal of Made-up Social Work
AB  - Twelve social workers who had experienced violence at home as children or partners talk about how this shapes their work with families.
DO  - 10.99999/vs-lit.0001
ER  - 

TY  - JOUR
TI  - Telling clients about one's own history of partner violence: a survey of helping professionals
AU  - Bakker, Lotte
PY  - 2019
JO  - Invented Review of Counselling
AB  - A questionnaire among counsellors and nurses on whether and when they disclose their own experience of partner violence.
DO  - 10.99999/vs-lit.0002
ER  - 

TY  - JOUR
TI  - Own victimisation and secondary stress among staff of women's shelters
AU  - de Groot, Sanne
AU  - Visser, Mark
PY  - 2020
JO  - Fictional Journal of Family Violence
AB  - Shelter staff with and without a personal history of domestic violence compared on secondary traumatic stress.
DO  - 10.99999/vs-lit.0003
ER  - 

TY  - JOUR
TI  - Own victimisation and secondary stress among staff of women’s shelters.
AU  - De Groot, S.
AU  - Visser, M.
PY  - 2020
JO  - Fict J Fam Violence
DO  - https://doi.org/10.99999/VS-LIT.0003
ER  - 

TY  - JOUR
TI  - Drip irrigation schedules for greenhouse tomatoes on sandy soil
AU  - Jansen, Piet
PY  - 2018
JO  - Imaginary Horticulture Letters
AB  - Three watering schedules compared over two seasons.
DO  - 10.99999/vs-lit.0004
ER  - 

TY  - JOUR
TI  - Energy use of sorting algorithms on small embedded processors
AU  - Mulder, Kees
PY  - 2022
JO  - Pretend Computing Journal
AB  - Five sorting algorithms measured on three microcontrollers.
DO  - 10.99999/vs-lit.0005
ER  - 
"""

    # The literature scenario works in a study of its own: the demo study's review is finished.
    LIT_SLUG = "literatuur-browsertest"

    def _lit(self, path: str = "") -> str:
        return f"/admin/studies/{self.LIT_SLUG}/literature" + (f"/{path}" if path else "")

    @staticmethod
    def _counts(r: Researcher, scope: str = "") -> dict:
        """The numbers marked data-count=... (within `scope`, a CSS selector) as {name: int}."""
        counts = {}
        for el in r.d.find_elements(By.CSS_SELECTOR, f"{scope} [data-count]".strip()):
            try:
                counts[el.get_attribute("data-count")] = int(el.text.strip())
            except ValueError:
                counts[el.get_attribute("data-count")] = el.text.strip()
        return counts

    def _screen_state(self, r: Researcher) -> dict:
        """The record the screening page shows now, read in the page (no navigation)."""
        return r.d.execute_script(
            """
            const page = document.getElementById('screen-page');
            const a = page && page.querySelector('article.screen-record');
            const c = page && page.querySelector('[data-count=decided]');
            return {record: a ? a.getAttribute('data-record') : null,
                    title: a ? a.querySelector('.record-title').textContent.trim() : null,
                    decided: c ? parseInt(c.textContent, 10) : null,
                    done: !!document.getElementById('screen-message'),
                    marker: window.__vsScreening || null};
            """)

    def _wait_for(self, r: Researcher, cond, timeout: float | None = None):
        """Poll `cond(driver)` until it gives something truthy; None after the timeout."""
        try:
            return WebDriverWait(r.d, timeout or self.args.timeout, poll_frequency=0.05,
                                 ignored_exceptions=(WebDriverException,)).until(cond)
        except TimeoutException:
            return None

    def _ahead_loaded(self, r: Researcher, record: str) -> bool:
        """Whether the script has fetched the page after `record` (?skip=ID) ahead of time."""
        return bool(self._wait_for(r, lambda d: d.execute_script(
            "return performance.getEntriesByType('resource').some(e => e.responseEnd > 0"
            " && (new URL(e.name).searchParams.get('skip') || '').split(',').includes(arguments[0]));", record)))

    def _screen_all(self, r: Researcher, who: str, decide, by_key: bool) -> dict:
        """Screen every record of the title/abstract stage in the page the browser shows, pressing
        i/e on the page (by_key) or clicking the buttons; `decide(title)` gives 'include' or
        'exclude'. After each decision another record is shown (or 'all done') in the same
        document and the decided count goes up. Returns {title: record id}."""
        token = f"vs-screen-{time.monotonic_ns()}"
        r.d.execute_script("window.__vsScreening = arguments[0];", token)
        ids: dict = {}
        state = self._screen_state(r)
        self._must(state["record"] is not None, f"{who}'s screening page shows a record", f"state {state}")
        start = state["decided"]
        counted = []
        self._w(start == 0, f"{who} starts with 0 records decided", f"decided {start}")
        how = "by keyboard" if by_key else "with the buttons"
        for n in range(1, 6):
            record, title = state["record"], state["title"]
            self._must(title in self.LIT_TITLES and title not in ids,
                       f"{who}: record {n} is one of the unique records, not seen before", f"{title!r} (seen {list(ids)})")
            ids[title] = record
            verdict = decide(title)
            if by_key:
                # Let the script load the next record ahead, so it can show it at once.
                self._w(self._ahead_loaded(r, record), f"{who}: the page loads the record after #{record} ahead")
                time.sleep(0.1)  # the fetch has ended; its text is handed to the script right after
                r.d.find_element(By.TAG_NAME, "body").send_keys(verdict[0])
            else:
                button = r.d.find_element(By.CSS_SELECTOR, f"#decide-form button[name=verdict][value={verdict}]")
                button.click()
            moved = self._wait_for(r, lambda d: (lambda s: s if s["record"] != record or s["done"] else None)(self._screen_state(r)))
            self._must(moved is not None, f"{who} decides record {n} ({verdict}) {how}: another record is shown",
                       f"still #{record} after {self.args.timeout}s")
            self._must(moved["marker"] == token, f"{who}: record {n} decided without loading a new page",
                       "the window lost its marker: the page was loaded anew")
            if moved["done"]:
                self._must(n == 5, f"{who} is told all is done only after the 5th record", f"after record {n}")
                state = moved
                break
            # The decision is saved by now or soon: the count must catch up with it.
            self._wait_for(r, lambda d: self._screen_state(r)["decided"] == n, timeout=3)
            state = self._screen_state(r)
            counted.append(state["decided"])
        self._w(state["done"], f"{who}: after 5 decisions the page says all records are decided", f"state {state}")
        # Not a _must: the rest of the review does not depend on the number the page shows.
        self._w(counted == [1, 2, 3, 4], f"{who}: the decided count goes up with each decision (1, 2, 3, 4)",
                f"the page showed {counted} decided after decisions 1-4: the record loaded ahead was made before the "
                "decision was saved, and literature.js kept its count when it swapped it in")
        return ids

    def _skip_keys(self, r: Researcher, who: str, first: str) -> None:
        """j passes over the record shown (twice: three different records), k goes back to the
        record shown before (twice: the first again), all in the same document."""
        token = f"vs-keys-{time.monotonic_ns()}"
        r.d.execute_script("window.__vsScreening = arguments[0];", token)
        seen = [first]  # the records shown, in order
        for key in ("j", "j", "k", "k"):
            record = self._screen_state(r)["record"]
            if key == "j":
                self._w(self._ahead_loaded(r, record), f"{who}: the page loads the record after #{record} ahead")
                time.sleep(0.1)
            r.d.find_element(By.TAG_NAME, "body").send_keys(key)
            moved = self._wait_for(r, lambda d: (lambda s: s if s["record"] != record else None)(self._screen_state(r)), timeout=5)
            got = moved["record"] if moved else None
            stay = bool(moved) and moved["marker"] == token and r.path().endswith("/screening/title_abstract")
            if key == "j":
                ok = got is not None and got not in seen
                expect = f"a record not shown before ({', '.join('#' + x for x in seen)})"
                why = " (the page loaded ahead skips only the record shown, so j goes back and forth between two)" \
                    if got in seen else ""
            else:
                ok = len(seen) > 1 and got == seen[-2]
                expect = f"the record shown before (#{seen[-2] if len(seen) > 1 else '?'})"
                why = " (k is history.back(), but the records were shown in place: it leaves the screening page)" \
                    if not stay else ""
            self._w(ok and stay, f"{who} presses {key} on #{record}: {expect} is shown in the same page",
                    f"then shown: {got and '#' + got}, on {r.path()}, "
                    f"{'same document' if stay else 'left the page or loaded a new one'}{why}")
            if not stay:
                return
            if key == "j":
                seen.append(got)
            else:
                seen.pop()

    def _stage_counts(self, r: Researcher) -> dict:
        r.open(self._lit("screening"))
        return self._counts(r, "section.stage[data-stage=title_abstract]")

    def literature(self) -> None:
        """A lead imports a RIS file and deduplicates; two reviewers screen title and abstract
        blind, by keyboard with the next record loaded ahead; the lead resolves the one conflict;
        the screening overview shows agreement and counts; the downloads carry the flow."""
        self.scope = "literature"
        started = time.monotonic()
        try:
            self._literature()
        finally:
            self.scope = "workspace"
            print(f"  [literature] scenario took {time.monotonic() - started:.1f} s", flush=True)

    def _literature(self) -> None:
        # 1. The lead: a coder account for the second reviewer; the import; deduplication.
        r = self._researcher()
        self._log_in(r, "admin", self.args.admin_password, "/admin")
        one_time = self._create_account(r, "cas")
        r.open("/admin")
        form = r.form("form#create-study")
        r.type_into(form, "slug", self.LIT_SLUG)
        r.type_into(form, "title", "Literatuur (browsertest)")
        r.submit(form)
        self._must(not r.errors(), "the lead creates a study for the review", "; ".join(r.errors()))
        self._add_member(r, "cas", "coder", slug=self.LIT_SLUG)
        self._add_member(r, "ana", "analyst", slug=self.LIT_SLUG)
        r.open(self._lit())
        self._must(r.path() == self._lit(), "the lead opens the literature page", f"on {r.path()}")
        before = self._counts(r, "#literature-counts")
        self._must(before.get("records") == 0, "the demo study's review starts without records", f"counts {before}")
        folder = tempfile.mkdtemp(prefix="vs-lit-")
        ris = os.path.join(folder, "made-up-search.ris")
        with open(ris, "w", encoding="utf-8") as fh:
            fh.write(self.LIT_RIS)
        form = r.form("form#import-file")
        form.find_element(By.CSS_SELECTOR, "input[type=file][name=file]").send_keys(ris)
        Select(form.find_element(By.NAME, "origin")).select_by_value("database")
        r.submit(form)
        shutil.rmtree(folder, ignore_errors=True)
        self._must(r.path() == self._lit() and not r.errors(), "the RIS file uploads without an error",
                   f"on {r.path()}; errors: {r.errors()}")
        counts = self._counts(r, "#literature-counts")
        self._must(counts.get("records") == 6, "the overview counts the 6 imported records", f"counts {counts}")
        rows = [[td.text.strip() for td in tr.find_elements(By.TAG_NAME, "td")]
                for tr in r.d.find_elements(By.CSS_SELECTOR, "table.imports tbody tr")]
        self._w(any(row[:1] == ["made-up-search.ris"] and "6" in row for row in rows),
                "the imports table lists the file with 6 records", f"rows {rows}")
        r.submit(r.form("form#deduplicate"))
        counts = self._counts(r, "#literature-counts")
        self._must(not r.errors() and counts.get("unique") == 5, "deduplication leaves 5 unique records",
                   f"counts {counts}; errors: {r.errors()}")
        self._w(counts.get("records") == 6, "after deduplication the overview still counts 6 records", f"counts {counts}")

        # 2. Ana and cas screen title and abstract.
        r.open(self._lit("assign"))
        form = r.form("form#assign-form")
        for name in ("ana", "cas"):
            boxes = form.find_elements(By.CSS_SELECTOR, f"input[type=checkbox][name=reviewer_title_abstract][value={css_str(name)}]")
            self._must(bool(boxes), f"the assign page offers {name} for title/abstract")
            if not boxes[0].is_selected():
                boxes[0].click()
        r.submit(form)
        self._w(not r.errors(), "assigning ana and cas gives no error", "; ".join(r.errors()))
        r.open(self._lit("assign"))
        checked = sorted(el.get_attribute("value") for el in r.d.find_elements(
            By.CSS_SELECTOR, "input[name=reviewer_title_abstract]:checked"))
        self._must(checked == ["ana", "cas"], "the assign page shows ana and cas at title/abstract", f"checked {checked}")
        self._log_out(r, "admin")

        # 3. Ana screens all five by keyboard: includes A, excludes the rest.
        r = self._researcher()
        self._log_in(r, "ana", self.NEW_PASSWORD, "/admin")
        mine = self._stage_counts(r)
        self._w(mine.get("mine") == 0 and mine.get("awaiting") == 5, "ana's screening overview: 0 of hers decided, 5 awaiting",
                f"counts {mine}")
        r.open(self._lit("screening/title_abstract"))
        ids = self._screen_all(r, "ana", lambda title: "include" if title == self.LIT_A else "exclude", by_key=True)
        self._must(sorted(ids) == sorted(self.LIT_TITLES), "ana was shown each of the 5 unique records once", f"shown {list(ids)}")
        a_id = ids[self.LIT_A]
        mine = self._stage_counts(r)
        self._w(mine.get("mine") == 5 and mine.get("conflicts") == 0 and mine.get("awaiting") == 5,
                "ana's overview: 5 of hers decided, all 5 still awaiting cas, no conflicts", f"counts {mine}")
        self._log_out(r, "ana")

        # 4. Cas: nothing of ana's decision on record A's page; excludes all five.
        r = self._researcher()
        self._first_login(r, "cas", one_time)
        counts = self._stage_counts(r)
        self._w(counts.get("awaiting") == 5 and counts.get("conflicts") == 0 and counts.get("mine") == 0,
                "cas's overview: 5 awaiting, no conflicts, none decided", f"counts {counts}")
        self._w(not r.d.find_elements(By.CSS_SELECTOR, "table.agreement"), "cas's overview shows no agreement yet")
        record_page = self._lit(f"screening/title_abstract?record={a_id}")
        raw = r.fetch(record_page, limit=None)
        r.open(record_page)
        state = self._screen_state(r)
        self._must(state["record"] == a_id, f"cas opens record A (#{a_id}) by its address", f"state {state}")
        for label, source in (("as served", raw["head"]), ("in the browser", r.d.page_source)):
            text = html.unescape(source)
            leaks = sorted(set(re.findall(r"(?i)\bana\b|Uw beslissing|Your decision|Beslissing van|Decision of", text)))
            self._w(raw["status"] == 200 and not leaks, f"record A's page {label} shows nothing of ana's decision",
                    f"status {raw['status']}; found {leaks}")
        for path in ("conflicts", "decisions.csv"):
            got = r.fetch(self._lit(path))
            self._w(got["status"] == 403, f"the coder cannot open literature/{path} (403)", f"status {got['status']} ({got['type']})")
        self._skip_keys(r, "cas", a_id)
        r.open(record_page)
        cas_ids = self._screen_all(r, "cas", lambda title: "exclude", by_key=False)
        self._w(list(cas_ids)[:1] == [self.LIT_A] and sorted(cas_ids) == sorted(self.LIT_TITLES),
                "cas decided A first and then the other four", f"shown {cas_ids}")
        self._w(cas_ids == ids, "both reviewers saw the same record ids", f"ana {ids}, cas {cas_ids}")
        self._log_out(r, "cas")

        # 5. The lead: exactly record A in conflict, with both votes; resolved as third reviewer.
        r = self._researcher()
        self._log_in(r, "admin", self.args.admin_password, "/admin")
        r.open(self._lit("conflicts"))
        sections = r.d.find_elements(By.CSS_SELECTOR, "section.conflict")
        found = [s.get_attribute("data-record") for s in sections]
        self._must(found == [a_id], f"the conflicts page shows exactly record A (#{a_id})", f"records {found}")
        votes = [li.text.strip() for li in sections[0].find_elements(By.CSS_SELECTOR, "ul.votes li")]
        self._w(len(votes) == 2 and "ana" in votes[0] and "Insluiten" in votes[0] and "cas" in votes[1] and "Uitsluiten" in votes[1],
                "record A's conflict shows ana: include and cas: exclude", f"votes {votes}")
        form = sections[0].find_element(By.CSS_SELECTOR, "form.resolve")
        form.find_element(By.CSS_SELECTOR, "input[name=outcome][value=include]").click()
        form.find_element(By.CSS_SELECTOR, "input[name=method][value=third_reviewer]").click()
        r.submit(form)
        self._w(not r.errors(), "the lead resolves A as third reviewer: include", "; ".join(r.errors()))
        r.open(self._lit("conflicts"))
        left = [s.get_attribute("data-record") for s in r.d.find_elements(By.CSS_SELECTOR, "section.conflict")]
        self._w(not left and bool(r.d.find_elements(By.ID, "no-conflicts")), "the conflicts page is empty afterwards",
                f"records {left}")
        counts = self._stage_counts(r)
        want = {"awaiting": 0, "agreed-include": 0, "agreed-exclude": 4, "conflicts": 0, "resolved": 1}
        got = {k: counts.get(k) for k in want}
        self._w(got == want, "the screening overview counts agreed-exclude 4, resolved 1, no conflicts", f"counts {counts}")
        pairs = [[td.text.strip() for td in tr.find_elements(By.TAG_NAME, "td")]
                 for tr in r.d.find_elements(By.CSS_SELECTOR, "section.stage[data-stage=title_abstract] table.agreement tbody tr")]
        self._w(len(pairs) == 1 and pairs[0][0] == "ana – cas" and bool(re.fullmatch(r"-?\d+[.,]\d+", pairs[0][2])),
                "the overview shows Cohen's kappa for ana – cas as a number", f"rows {pairs}")

        # 6. The downloads: the PRISMA flow, the decision log, the included records.
        got = r.fetch(self._lit("prisma.svg"), limit=None)
        svg = html.unescape(got["head"])
        texts = [re.sub(r"\s+", " ", t).strip() for t in re.findall(r"<text[^>]*>(.*?)</text>", re.sub(r"<tspan[^>]*>|</tspan>", " ", svg), re.S)]
        self._w(got["status"] == 200 and got["contentType"].startswith("image/svg+xml") and "<svg" in svg[:300],
                "prisma.svg is an SVG image", f"status {got['status']}, {got['contentType']!r}, starts {svg[:80]!r}")
        # The identification box: "Records gevonden in:" then "Databases (n = 6)" on lines of their own.
        found = next((i for i, t in enumerate(texts) if re.search(r"(?i)records (gevonden|identified)", t)), None)
        self._w(found is not None and any(re.search(r"\(n = 6\)", t) for t in texts[found:found + 2]),
                "prisma.svg has the 6 records identified (from databases)", f"texts {texts}")
        self._w(any(re.search(r"(?i)(dubbele|duplicate) records \(n = 1\)", t) for t in texts),
                "prisma.svg has the 1 duplicate removed", f"texts {texts}")
        self._w(any(re.search(r"(?i)(gescreende records|records screened) \(n = 5\)", t) for t in texts),
                "prisma.svg has the 5 records screened", f"texts {texts}")
        got = r.fetch(self._lit("decisions.csv"), limit=None)
        lines = [line for line in got["head"].splitlines() if line.strip()]
        self._w(got["status"] == 200 and "attachment" in got["disposition"].lower(), "decisions.csv downloads",
                f"status {got['status']}, disposition {got['disposition']!r}")
        rows = list(csv.DictReader(lines))
        reviewer_col = next((k for k in (rows[0].keys() if rows else []) if k in ("reviewer", "username", "by")), None)
        per = {}
        for row in rows:
            per[row.get(reviewer_col)] = per.get(row.get(reviewer_col), 0) + 1
        self._w(per.get("ana") == 5 and per.get("cas") == 5, "decisions.csv lists 5 decisions each by ana and cas",
                f"header {lines[:1]}, rows per reviewer {per}")
        got = r.fetch(self._lit("included.ris"), limit=None)
        self._w(got["status"] == 200 and not [t for t in self.LIT_TITLES[1:] if t in got["head"]],
                "included.ris holds none of the four excluded records", f"status {got['status']}, {got['head'][:200]!r}")
        self._log_out(r, "admin")


    IV_TEXT = ("Interviewer: Wat merk je als eerste bij een nieuw gezin?\n"
               "Prof8: Ik voel \U0001F440 het vaak al aan de stilte, zei Jan Jansen uit Zwolle ooit.\n"
               "Interviewer: En daarna?\n"
               "Prof8: Dan vraag ik rustig door tot het verhaal er is.\n")
    IV_FRAGMENT = "het vaak al aan de stilte"

    def _iv(self, path: str = "") -> str:
        return f"/admin/studies/{self.args.slug}/interviews" + (f"/{path}" if path else "")

    def interviews(self) -> None:
        """The lead uploads a transcript with a name to replace, adds the starting codebook,
        selects text in the transcript, applies a code by keyboard, finds the fragment in the
        retrieval list, and undoes it with Ctrl+Z."""
        self.scope = "interviews"
        started = time.monotonic()
        try:
            self._interviews()
        finally:
            self.scope = "workspace"
            print(f"  [interviews] scenario took {time.monotonic() - started:.1f} s", flush=True)

    def _interviews(self) -> None:
        r = self._researcher()
        self._log_in(r, "admin", self.args.admin_password, "/admin")
        r.open(self._iv())
        self._must(r.path() == self._iv(), "the lead opens the interviews page", f"on {r.path()}")
        folder = tempfile.mkdtemp(prefix="vs-iv-")
        path = os.path.join(folder, "prof8.txt")
        with open(path, "w", encoding="utf-8", newline="\r\n") as fh:
            fh.write(self.IV_TEXT)
        form = r.form("form#upload-transcript")
        form.find_element(By.CSS_SELECTOR, "input[type=file][name=file]").send_keys(path)
        r.type_into(form, "participants", "Prof8")
        r.type_into(form, "pseudonyms", "naam: Jan Jansen\nplaats: Zwolle")
        r.submit(form)
        shutil.rmtree(folder, ignore_errors=True)
        self._must(not r.errors() and r.d.find_elements(By.CSS_SELECTOR, "#import-result"), "the transcript uploads",
                   f"errors: {r.errors()}")
        result = r.d.find_element(By.CSS_SELECTOR, "#import-result").text
        self._w("[NAAM1]" in result and "[PLAATS1]" in result, "the upload answer shows what was replaced", result[:300])
        link = r.d.find_element(By.CSS_SELECTOR, "#import-result a").get_attribute("href")
        source_path = urllib.parse.urlsplit(link).path
        # The starting codebook.
        r.open(self._iv("codebook"))
        if r.d.find_elements(By.CSS_SELECTOR, "form#apply-template"):
            r.submit(r.form("form#apply-template"))
        codes = {a.text.strip(): urllib.parse.urlsplit(a.get_attribute("href")).path
                 for a in r.d.find_elements(By.CSS_SELECTOR, "#codebook a")}
        self._must("Voelsprieten" in codes, "the codebook has the template's codes", f"codes {sorted(codes)[:8]}")
        fragments_path = codes["Voelsprieten"]
        # The transcript: no name in it, as served.
        raw = r.fetch(source_path, limit=None)
        self._w(raw["status"] == 200 and "Jansen" not in raw["head"] and "Zwolle" not in raw["head"],
                "the transcript page holds none of the replaced names", f"status {raw['status']}")
        r.open(source_path)
        WebDriverWait(r.d, 10).until(lambda d: d.execute_script(
            "return document.getElementById('transcript') && !document.getElementById('transcript').querySelector('mark.coded') "
            "&& document.getElementById('transcript').textContent.length > 0"))
        selected = r.d.execute_script(
            """
            const root = document.getElementById('transcript'), want = arguments[0];
            const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
            let node, text = '', nodes = [];
            while ((node = walker.nextNode())) { nodes.push([node, text.length]); text += node.data; }
            const at = text.indexOf(want);
            if (at < 0) return null;
            function place(offset) {
              for (const [n, start] of nodes) if (offset <= start + n.data.length) return [n, offset - start];
              return null;
            }
            const [sn, so] = place(at), [en, eo] = place(at + want.length);
            const range = document.createRange(); range.setStart(sn, so); range.setEnd(en, eo);
            const sel = window.getSelection(); sel.removeAllRanges(); sel.addRange(range);
            document.dispatchEvent(new Event('selectionchange'));
            root.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
            return sel.toString();
            """, self.IV_FRAGMENT)
        self._must(selected == self.IV_FRAGMENT, "the fragment is selected in the transcript", f"selected {selected!r}")
        ActionChains(r.d).send_keys("c").perform()
        WebDriverWait(r.d, 10).until(lambda d: d.find_elements(By.ID, "code-picker-input")
                                     and d.find_element(By.ID, "code-picker-input").is_displayed())
        ActionChains(r.d).send_keys("Voelspr").perform()
        ActionChains(r.d).send_keys(Keys.ENTER).perform()
        try:
            WebDriverWait(r.d, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#coding-list li[data-coding]"))
            coded = True
        except TimeoutException:
            coded = False
        self._must(coded, "the code is applied by keyboard and listed beside the transcript",
                   "; ".join(e.text for e in r.d.find_elements(By.CSS_SELECTOR, "#coding-error")))
        got = r.fetch(fragments_path, limit=None)
        self._w(got["status"] == 200 and self.IV_FRAGMENT in html.unescape(got["head"]) and "(Prof8)" in got["head"],
                "the retrieval list of the code shows the fragment with its label (Prof8)", f"status {got['status']}")
        ActionChains(r.d).key_down(Keys.CONTROL).send_keys("z").key_up(Keys.CONTROL).perform()
        try:
            WebDriverWait(r.d, 10).until(lambda d: not d.find_elements(By.CSS_SELECTOR, "#coding-list li[data-coding]"))
            undone = True
        except TimeoutException:
            undone = False
        self._w(undone, "Ctrl+Z takes the coding away again")
        got = r.fetch(fragments_path, limit=None)
        self._w(got["status"] == 200 and self.IV_FRAGMENT not in html.unescape(got["head"]),
                "after the undo the retrieval list no longer shows the fragment", f"status {got['status']}")
        self._log_out(r, "admin")

    def run(self) -> int:
        # The report first: the personas below add responses to the demo study.
        try:
            self.report()
        except Exception as exc:  # noqa: BLE001
            traceback.print_exc()
            self.dump("report-exception")
            self.c.check(False, "[report] scenario ran", f"{type(exc).__name__}: {exc}")
        # Before the personas too: the small groups of the report stay as in the demo data.
        try:
            self.workspace()
        except Abort:
            pass
        except Exception as exc:  # noqa: BLE001
            traceback.print_exc()
            self.dump("workspace-exception")
            self.c.check(False, "[workspace] scenario ran", f"{type(exc).__name__}: {exc}")
        # After the workspace: it needs ana (analyst) with her new password.
        try:
            self.literature()
        except Abort:
            pass
        except Exception as exc:  # noqa: BLE001
            traceback.print_exc()
            self.dump("literature-exception")
            self.c.check(False, "[literature] scenario ran", f"{type(exc).__name__}: {exc}")
        try:
            self.interviews()
        except Abort:
            pass
        except Exception as exc:  # noqa: BLE001
            traceback.print_exc()
            self.dump("interviews-exception")
            self.c.check(False, "[interviews] scenario ran", f"{type(exc).__name__}: {exc}")
        try:
            run_builder(self)
        except Abort:
            pass
        except Exception as exc:  # noqa: BLE001
            traceback.print_exc()
            self.dump("builder-exception")
            self.c.check(False, "[builder] scenario ran", f"{type(exc).__name__}: {exc}")
        scenarios = [
            ("student-recent", dict(blank_check=True, back_check=False)),
            ("professional-no", dict(blank_check=False, back_check=True)),
        ]
        for name, kw in scenarios:
            try:
                self.persona(name, PERSONAS[name], **kw)
            except Abort:
                pass
            except Exception as exc:  # noqa: BLE001
                traceback.print_exc()
                self.dump(f"{name}-exception")
                self.c.check(False, f"[{name}] scenario ran", f"{type(exc).__name__}: {exc}")
        try:
            self.english()
        except Exception as exc:  # noqa: BLE001
            traceback.print_exc()
            self.dump("en-exception")
            self.c.check(False, "[en] scenario ran", f"{type(exc).__name__}: {exc}")
        try:
            self.layout()
        except Exception as exc:  # noqa: BLE001
            traceback.print_exc()
            self.dump("layout-exception")
            self.c.check(False, "[layout] scenario ran", f"{type(exc).__name__}: {exc}")
        try:
            self.quick_exit()
        except Exception as exc:  # noqa: BLE001
            traceback.print_exc()
            self.dump("exit-exception")
            self.c.check(False, "[exit] scenario ran", f"{type(exc).__name__}: {exc}")
        if self.driver is not None:
            self.driver.quit()
        return self.c.finish()


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--base-url", required=True, help="e.g. http://127.0.0.1:8080")
    p.add_argument("--slug", default="quickscan")
    p.add_argument("--chromedriver", default=os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver"))
    p.add_argument("--chromium", default=os.environ.get("CHROMIUM", "/usr/bin/chromium"))
    p.add_argument("--timeout", type=float, default=20.0, help="seconds per page load")
    p.add_argument("--artifacts", default=os.environ.get("BROWSER_ARTIFACTS"),
                   help="directory for screenshots/HTML of failing pages")
    p.add_argument("--no-withdraw", action="store_true", help="do not withdraw the receipts afterwards")
    p.add_argument("--admin-password", default=os.environ.get("VOELSPRIET_ADMIN_PASSWORD", "ci-admin-password-not-secret"),
                   help="the admin password the server was started with (for the report page)")
    args = p.parse_args()
    try:
        test = BrowserTest(args)
    except Exception as exc:  # noqa: BLE001
        traceback.print_exc()
        print(f"FAIL setup: {exc}")
        print("0 passed, 1 failed")
        return 1
    return test.run()


if __name__ == "__main__":
    sys.exit(main())
