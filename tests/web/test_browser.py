"""The web app in a real headless Chromium (Debian's ``chromium`` and ``chromium-driver``, driven by
Selenium): load each page, use a filter, hover and click a period on the chart, search an actor and
review an event. The server is the real CLI (``dyadwatch serve --allow-review``) on loopback.

Screenshots go to ``out/screenshots/`` (or ``$DYADWATCH_SCREENSHOTS``). ``make test`` installs the
browser; where none can be installed these tests skip and say why.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from ..conftest import REPO

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
DRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
SHOTS = Path(os.environ.get("DYADWATCH_SCREENSHOTS", REPO / "out" / "screenshots"))

pytestmark = pytest.mark.skipif(
    not (Path(CHROMIUM).exists() and Path(DRIVER).exists()),
    reason="no Chromium here: `apt-get install chromium chromium-driver` (make test installs them when it can)")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(sample_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    """``dyadwatch serve --allow-review`` over a copy of the sample store: (base URL, token)."""
    db = tmp_path_factory.mktemp("browser") / "store.duckdb"
    shutil.copy(sample_db, db)
    port = free_port()
    log = tmp_path_factory.mktemp("log") / "serve.log"
    with log.open("w") as sink:
        proc = subprocess.Popen([sys.executable, "-m", "dyadwatch", "serve", "--db", str(db), "--port", str(port),
                                 "--allow-review"], stdout=sink, stderr=subprocess.STDOUT)
    try:
        token = ""
        for _ in range(200):
            found = re.search(r"review token: (\S+)", log.read_text())
            if found:
                token = found.group(1)
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                    break
                except OSError:
                    pass
            assert proc.poll() is None, log.read_text()
            time.sleep(0.1)
        assert token, log.read_text()
        yield f"http://127.0.0.1:{port}", token
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from selenium import webdriver

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1400,1000", "--no-first-run", "--disable-extensions"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(executable_path=DRIVER))
    driver.set_page_load_timeout(30)
    SHOTS.mkdir(parents=True, exist_ok=True)
    yield driver
    driver.quit()


def shot(driver, name: str) -> None:  # type: ignore[no-untyped-def]
    height = driver.execute_script("return document.body.scrollHeight")
    driver.set_window_size(1400, min(max(int(height) + 40, 800), 4000))
    driver.save_screenshot(str(SHOTS / f"{name}.png"))
    driver.set_window_size(1400, 1000)


def console_errors(driver) -> list[str]:  # type: ignore[no-untyped-def]
    """Errors the page logged (a script that failed, a Content-Security-Policy violation, a 404 asset)."""
    return [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def wait_for(driver, css: str, timeout: float = 10):  # type: ignore[no-untyped-def]
    """The first visible element matching css. A node of the page being left can vanish between being found and
    being looked at (Chrome then answers "Node with given id does not belong to the document"): that try is
    ignored and the next one finds the new page's node."""
    from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    wait = WebDriverWait(driver, timeout, ignored_exceptions=(StaleElementReferenceException, WebDriverException))
    return wait.until(ec.visibility_of_element_located((By.CSS_SELECTOR, css)))


def wait_for_url(driver, part: str, timeout: float = 10) -> None:  # type: ignore[no-untyped-def]
    """Waits until the browser has navigated to a URL containing part (so a wait_for after it sees the new page)."""
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, timeout).until(ec.url_contains(part))


def test_overview_draws_its_chart_and_lists(browser, server) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By

    base, _ = server
    browser.get(base + "/")
    wait_for(browser, "#volume-chart svg polyline")
    assert browser.find_elements(By.CSS_SELECTOR, "#volume-chart .hit")  # a period per month
    assert "CHN – USA" in browser.find_element(By.TAG_NAME, "main").text  # the top dyad
    assert browser.find_elements(By.CSS_SELECTOR, "table.types meter")
    assert len(browser.find_elements(By.CSS_SELECTOR, "table.events tbody tr")) == 10
    shot(browser, "overview")
    assert console_errors(browser) == []


def test_events_filter_lands_in_the_url(browser, server) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    base, _ = server
    browser.get(base + "/events")
    Select(browser.find_element(By.NAME, "type")).select_by_visible_text("AGREE")
    browser.find_element(By.NAME, "actor").send_keys("China")
    browser.find_element(By.CSS_SELECTOR, "form.filters button[type=submit]").click()
    wait_for_url(browser, "type=AGREE")  # the unfiltered page also has a table.events
    wait_for(browser, "table.events")
    assert "type=AGREE" in browser.current_url and "actor=China" in browser.current_url
    types = [t.text for t in browser.find_elements(By.CSS_SELECTOR, "table.events tbody .type")]
    assert types and set(types) == {"AGREE"}
    shot(browser, "events-filtered")
    assert console_errors(browser) == []


def test_dyad_chart_hover_and_click_a_period(browser, server) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    base, _ = server
    browser.get(base + "/dyads/USA/CHN?by=month&since=2025-01&until=2025-12")
    wait_for(browser, "#dyad-chart svg polyline.ab")
    data = browser.execute_script("return JSON.parse(document.getElementById('dyad-data').textContent)")
    busy = max((r for r in data if r["direction"] == "both"), key=lambda r: r["events"])
    hit = browser.find_element(By.CSS_SELECTOR, f"#dyad-chart .hit[data-period='{busy['period']}']")
    ActionChains(browser).move_to_element(hit).perform()
    tip = wait_for(browser, "#dyad-chart .tip")
    assert busy["period"] in tip.text and "USA → CHN" in tip.text
    shot(browser, "dyad-hover")
    hit.click()
    wait_for(browser, "#period-list li")
    items = browser.find_elements(By.CSS_SELECTOR, "#period-list li")
    assert items and all(busy["period"][:7] in li.text for li in items)
    assert busy["period"] in browser.find_element(By.ID, "period-title").text
    shot(browser, "dyad-period-clicked")
    assert console_errors(browser) == []


def test_actor_search(browser, server) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    base, _ = server
    browser.get(base + "/actors")
    box = browser.find_element(By.CSS_SELECTOR, "main input[name=q]")
    box.send_keys("china", Keys.ENTER)
    wait_for_url(browser, "q=china")
    wait_for(browser, "main table")
    assert "q=china" in browser.current_url
    assert browser.find_element(By.CSS_SELECTOR, "main table tbody tr").text.startswith("China CHN country")
    shot(browser, "actors")


def test_review_an_event(browser, server) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    base, token = server
    browser.get(base + "/events?actor=CHN&recipient=USA&limit=5")
    browser.find_element(By.CSS_SELECTOR, "table.events td.sentence a").click()
    wait_for(browser, "blockquote.sentence mark")
    marks = {m.get_attribute("class") for m in browser.find_elements(By.CSS_SELECTOR, "blockquote.sentence mark")}
    assert "trigger" in marks and "actor" in marks
    event_url = browser.current_url
    browser.find_element(By.LINK_TEXT, "Sign in with the start-up token").click()
    browser.find_element(By.NAME, "token").send_keys(token)
    browser.find_element(By.NAME, "reviewer").send_keys("Selenium Reviewer")
    browser.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
    wait_for(browser, "#review-form")
    assert browser.current_url.split("#")[0] == event_url
    browser.find_element(By.CSS_SELECTOR, "input[name=verdict][value=corrected]").click()
    Select(browser.find_element(By.NAME, "event_type")).select_by_visible_text("THREATEN")
    browser.find_element(By.NAME, "note").send_keys("a warning, not a pledge")
    browser.find_element(By.CSS_SELECTOR, "#review-form button[type=submit]").click()
    status = wait_for(browser, "p.ok")
    assert "Review saved" in status.text
    reviews = browser.find_element(By.ID, "reviews").text
    assert "Selenium Reviewer" in reviews and "THREATEN" in reviews and "a warning, not a pledge" in reviews
    shot(browser, "event-reviewed")
    assert console_errors(browser) == []
