"""The website widget in a real headless Chromium (Debian's ``chromium``, driven
by Playwright through its ``executable_path``; no browser is downloaded).

Opens the page served by the Rasa server at /chat/ on a phone-sized screen,
types a symptom, taps quick replies through to the result, and reloads (in the
middle of the interview and at the end) to see the conversation again. An
expired session is never shown: not after a reload, nor on a page left open.
Screenshots go to .cache/screenshots/.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import Iterator, List, Tuple
from urllib.parse import urlparse

import pytest

from tests.channels.widget_client import copy_conversation

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
SCREENSHOTS = ROOT / ".cache" / "screenshots"
PHONE = {"width": 390, "height": 844}
SYMPTOM = "I have a burning rash on my back"
TIMEOUT_MS = 60_000


def ensure_chromium() -> None:
    """Installs Debian's chromium when it is missing (CI machines start without it)."""
    if Path(CHROMIUM).exists():
        return
    if os.geteuid() != 0:
        pytest.fail(f"{CHROMIUM} is missing: run `apt-get install -y chromium` as root")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-qq"], env=env, capture_output=True, timeout=900)
    proc = subprocess.run(["apt-get", "install", "-y", "-qq", "-o", "DPkg::Lock::Timeout=600", "chromium"],
                          env=env, capture_output=True, text=True, timeout=1800)
    if proc.returncode != 0 or not Path(CHROMIUM).exists():
        pytest.fail(f"could not install chromium (exit {proc.returncode}):\n"
                    f"{proc.stdout[-2000:]}{proc.stderr[-2000:]}")


@pytest.fixture(scope="module")
def browser() -> Iterator["object"]:
    ensure_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def phone(browser) -> Iterator[Tuple["object", List[str], List[str]]]:
    """A phone-sized page; requests to anything but loopback are blocked and recorded."""
    context = browser.new_context(viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True)
    outside: List[str] = []
    errors: List[str] = []

    def only_loopback(route) -> None:
        if urlparse(route.request.url).hostname in ("127.0.0.1", "localhost"):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    context.route("**/*", only_loopback)
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    page.on("pageerror", lambda error: errors.append(f"page error: {error}"))
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    try:
        yield page, outside, errors
    finally:
        context.close()


def transcript(page) -> List[Tuple[str, str]]:
    """(who, text) of every bubble on the page."""
    return page.eval_on_selector_all(
        ".tc-msg:not(.tc-typing)",
        "nodes => nodes.map(n => [n.classList.contains('tc-user') ? 'user' : 'bot', n.innerText.trim()])")


def settled_transcript(page, quiet_ms: int = 700, tries: int = 20) -> List[Tuple[str, str]]:
    """The transcript once no bubble is typing and no new one has come for `quiet_ms`
    (the clinician summary follows the result as a message of its own)."""
    page.wait_for_function("() => !document.querySelector('.tc-typing')")
    last = transcript(page)
    for _ in range(tries):
        page.wait_for_timeout(quiet_ms)
        now = transcript(page)
        if now == last:
            return now
        last = now
    return last


def turns(page) -> int:
    """How many questions and results the page shows."""
    return page.locator(".tc-bot[data-question], .tc-result").count()


def wait_for_next_turn(page, before: int) -> None:
    page.wait_for_function(
        "n => document.querySelectorAll('.tc-bot[data-question], .tc-result').length > n", arg=before)


def answer_current_question(page) -> str:
    """Taps the answer a person without red flags would tap; types when there are no choices."""
    question = page.locator(".tc-bot[data-question]").last
    kind = question.get_attribute("data-question-type")
    choices = page.locator(".tc-choices .tc-choice")
    labels = [label.strip() for label in choices.all_inner_texts()]
    preferred = {"yes_no": "No", "multiple": "None of these"}.get(kind)
    if labels:
        label = preferred if preferred in labels else labels[0]
        choices.nth(labels.index(label)).tap()
        return label
    text = {"number": "45"}.get(kind, "none")
    page.locator("#tc-input").fill(text)
    page.locator(".tc-send").tap()
    return text


def result_title_in_view(page) -> bool:
    return page.evaluate("""() => {
        const log = document.querySelector('.tc-log').getBoundingClientRect();
        const title = document.querySelector('.tc-result .tc-result-title').getBoundingClientRect();
        return title.top >= log.top && title.bottom <= log.bottom;
    }""")


def reload_and_compare(page, before: List[Tuple[str, str]]) -> None:
    session = page.locator(".tc").get_attribute("data-session")
    page.reload()
    page.wait_for_selector(".tc[data-restored]")
    assert page.locator(".tc").get_attribute("data-session") == session, "the same session after a reload"
    assert transcript(page) == before, "the conversation is shown again after a reload"


def test_widget_conversation_to_a_result_survives_reloads(phone, rasa_url):
    page, outside, errors = phone
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    response = page.goto(f"{rasa_url}/chat/")
    assert response.ok and "default-src 'self'" in response.headers["content-security-policy"]
    page.wait_for_selector(".tc-bot:not(.tc-typing)")
    assert page.locator(".tc-bot").first.inner_text().startswith("Hello")
    assert page.locator(".tc-user").count() == 0, "the opening greeting request is not shown as a message"

    # Type a symptom.
    page.locator("#tc-input").click()
    page.keyboard.type(SYMPTOM)
    page.keyboard.press("Enter")
    wait_for_next_turn(page, 0)
    first = page.locator(".tc-bot[data-question]").last
    assert first.get_attribute("data-question") == "emergency_signs"
    assert page.locator(".tc-choices .tc-choice").count() >= 3, "the choices are quick-reply buttons"
    page.screenshot(path=str(SCREENSHOTS / "widget-question.png"))

    # Answer once, then reload in the middle of the interview: the question and its choices are back.
    before = turns(page)
    tapped = [answer_current_question(page)]
    wait_for_next_turn(page, before)
    reload_and_compare(page, transcript(page))
    assert page.locator(".tc-user").nth(1).inner_text() == tapped[0], "a tapped choice shows its title"
    assert page.locator(".tc-choices .tc-choice").count() >= 2, "the pending question's choices are back"

    for _ in range(25):
        if page.locator(".tc-result").count():
            break
        before = turns(page)
        tapped.append(answer_current_question(page))
        wait_for_next_turn(page, before)
    result = page.locator(".tc-result")
    assert result.count() == 1, f"no result after {tapped}"
    level = result.get_attribute("data-level")
    assert level == "consultation_24", tapped
    assert result.locator(".tc-result-title").inner_text().endswith("See a doctor within 24 hours")
    assert "This is not a diagnosis" in result.inner_text()

    # Readable on a phone: nothing wider than the screen, normal text size, the result title visible.
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    box = result.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
    font_size = "parseFloat(getComputedStyle(document.querySelector('.tc-result p')).fontSize)"
    assert page.evaluate(font_size) >= 16
    assert result_title_in_view(page), "the result is shown from its title"
    page.screenshot(path=str(SCREENSHOTS / "widget-result.png"))

    final = settled_transcript(page)
    reload_and_compare(page, final)
    assert page.locator(".tc-result").get_attribute("data-level") == level
    assert result_title_in_view(page)
    page.screenshot(path=str(SCREENSHOTS / "widget-after-reload.png"))

    assert outside == [], "the page must not load anything from other servers"
    assert errors == [], errors


def test_start_over_begins_a_new_session(phone, rasa_url):
    page, outside, errors = phone
    page.goto(f"{rasa_url}/chat/")
    page.wait_for_selector(".tc-bot:not(.tc-typing)")
    first = page.locator(".tc").get_attribute("data-session")
    page.locator("#tc-input").fill(SYMPTOM)
    page.locator(".tc-send").tap()
    wait_for_next_turn(page, 0)
    page.locator(".tc-restart").tap()
    page.wait_for_function("s => document.querySelector('.tc').dataset.session !== s", arg=first)
    page.wait_for_selector(".tc-bot:not(.tc-typing)")
    assert page.locator(".tc-user").count() == 0 and page.locator(".tc-bot[data-question]").count() == 0
    assert outside == [] and errors == []


def start_a_check(page, rasa_url: str) -> str:
    """Opens the page, types a symptom, waits for the first question; the session id."""
    page.goto(f"{rasa_url}/chat/")
    page.wait_for_selector(".tc-bot:not(.tc-typing)")
    page.locator("#tc-input").fill(SYMPTOM)
    page.locator(".tc-send").tap()
    wait_for_next_turn(page, 0)
    return page.locator(".tc").get_attribute("data-session")


def wait_for_a_new_session(page, old: str) -> None:
    page.wait_for_function("s => { const d = document.querySelector('.tc').dataset.session;"
                           " return !!d && d !== s; }", arg=old)
    page.wait_for_selector(".tc-bot:not(.tc-typing)")


def test_a_reload_never_shows_an_expired_session(phone, rasa_url):
    """The next person at the same browser: the page still holds the id of a session whose last
    message is two hours old; the server gives a new session and the page shows none of it."""
    page, outside, errors = phone
    session = start_a_check(page, rasa_url)
    set_session = "id => sessionStorage.setItem('backHeatTriage.sessionId', id)"

    recent = copy_conversation(rasa_url, session, age_seconds=60)
    page.evaluate(set_session, recent)
    page.reload()
    page.wait_for_selector(".tc[data-restored]")
    assert page.locator(".tc").get_attribute("data-session") == recent
    assert page.locator(".tc-user").first.inner_text() == SYMPTOM, "a live session is shown again"

    expired = copy_conversation(rasa_url, session, age_seconds=2 * 60 * 60)
    page.evaluate(set_session, expired)
    page.reload()
    wait_for_a_new_session(page, expired)
    assert page.locator(".tc").get_attribute("data-restored") is None
    assert page.locator(".tc-user").count() == 0 and page.locator(".tc-bot[data-question]").count() == 0
    assert SYMPTOM not in page.locator(".tc-log").inner_text()
    assert page.locator(".tc-bot").first.inner_text().startswith("Hello")
    assert page.evaluate("sessionStorage.getItem('backHeatTriage.sessionId')") not in (expired, session)
    assert outside == [] and errors == []


def test_a_page_left_open_clears_itself_when_the_session_expires(phone, rasa_url):
    page, outside, _ = phone
    page.clock.install()  # the page's clock, moved forward below; the server's clock is real
    session = start_a_check(page, rasa_url)
    page.clock.fast_forward("59:00")
    page.wait_for_timeout(500)
    assert page.locator(".tc").get_attribute("data-session") == session, "not yet expired"
    assert page.locator(".tc-user").count() == 1

    page.clock.fast_forward("02:00")
    wait_for_a_new_session(page, session)
    assert page.locator(".tc-user").count() == 0
    assert SYMPTOM not in page.locator(".tc-log").inner_text()
    assert outside == []
