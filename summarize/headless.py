"""Drive the system's headless Chromium over the DevTools protocol (for the HTML page's
browser tests and screenshots).

Standard library only: Chromium's `--remote-debugging-pipe` speaks NUL-terminated JSON on
file descriptors 3 (commands in) and 4 (replies and events out), so no websocket client is
needed. Nothing is downloaded: the browser is the distribution's package (`apt-get install
chromium` on Debian).
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

BROWSER_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


class BrowserError(RuntimeError):
    """The browser is missing, died, or answered a command with an error."""


def find_browser() -> str | None:
    """The system Chromium's path ($CHROMIUM overrides), or None if there is none."""
    override = os.environ.get("CHROMIUM")
    if override:
        return override if Path(override).is_file() else None
    for name in BROWSER_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


class Browser:
    """One headless Chromium process; `page()` opens a tab to drive."""

    def __init__(self, executable: str | None = None, timeout: float = 20.0) -> None:
        path = executable or find_browser()
        if not path:
            raise BrowserError("no Chromium found: install it (apt-get install -y chromium)")
        self.timeout = timeout
        self._profile = tempfile.mkdtemp(prefix="summarize-chromium-")
        commands_read, self._commands = os.pipe()
        self._replies, replies_write = os.pipe()

        def wire_pipes() -> None:  # runs in the child: the protocol wants fds 3 and 4
            into, out = os.dup(commands_read), os.dup(replies_write)
            os.dup2(into, 3)
            os.dup2(out, 4)

        self._process = subprocess.Popen(
            [
                path,
                "--headless",
                "--remote-debugging-pipe",
                "--no-sandbox",  # CI runs as root, where the sandbox refuses to start
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--no-default-browser-check",
                "--disable-extensions",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--mute-audio",
                "--hide-scrollbars",
                f"--user-data-dir={self._profile}",
                "about:blank",
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            pass_fds=(3, 4),
            preexec_fn=wire_pipes,  # only dup/dup2 in the child: safe after fork
        )
        os.close(commands_read)
        os.close(replies_write)
        self._next_id = 0
        self._lock = threading.Lock()
        self._replies_by_id: dict[int, dict[str, Any]] = {}
        self._events: list[dict[str, Any]] = []
        self._arrived = threading.Condition()
        self._reader = threading.Thread(target=self._read_loop, daemon=True)
        self._reader.start()
        self.send("Browser.getVersion")

    # --------------------------------------------------------------------- protocol

    def _read_loop(self) -> None:
        buffer = b""
        while True:
            try:
                chunk = os.read(self._replies, 1 << 16)
            except OSError:
                chunk = b""
            if not chunk:
                with self._arrived:
                    self._arrived.notify_all()
                return
            buffer += chunk
            *messages, buffer = buffer.split(b"\0")
            with self._arrived:
                for raw in messages:
                    message = json.loads(raw)
                    if "id" in message:
                        self._replies_by_id[message["id"]] = message
                    else:
                        self._events.append(message)
                self._arrived.notify_all()

    def send(
        self, method: str, params: dict[str, Any] | None = None, session: str | None = None
    ) -> dict[str, Any]:
        """Send one command and wait for its result."""
        with self._lock:
            self._next_id += 1
            number = self._next_id
        message: dict[str, Any] = {"id": number, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._commands, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + self.timeout
        with self._arrived:
            while number not in self._replies_by_id:
                left = deadline - time.monotonic()
                if left <= 0 or self._process.poll() is not None:
                    raise BrowserError(f"no answer to {method} from the browser")
                self._arrived.wait(min(left, 0.5))
            reply = self._replies_by_id.pop(number)
        if "error" in reply:
            raise BrowserError(f"{method}: {reply['error']}")
        return reply.get("result", {})

    def events(self, method: str, session: str | None = None) -> list[dict[str, Any]]:
        """Params of every event `method` received so far (for `session`, if given)."""
        with self._arrived:
            return [
                event.get("params", {})
                for event in self._events
                if event.get("method") == method
                and (session is None or event.get("sessionId") == session)
            ]

    def wait_event(self, method: str, session: str | None, after: int) -> dict[str, Any]:
        """The first event `method` beyond the first `after` ones seen."""
        deadline = time.monotonic() + self.timeout
        while True:
            found = self.events(method, session)
            if len(found) > after:
                return found[after]
            if time.monotonic() > deadline or self._process.poll() is not None:
                raise BrowserError(f"the browser sent no {method} event")
            with self._arrived:
                self._arrived.wait(0.2)

    def page(self, width: int = 1280, height: int = 900, mobile: bool = False) -> Page:
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})
        page = Page(self, str(target), str(session["sessionId"]))
        page.resize(width, height, mobile)
        return page

    def close(self) -> None:
        try:
            if self._process.poll() is None:
                with suppress(BrowserError):
                    self.send("Browser.close")
                self._process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        finally:
            for fd in (self._commands, self._replies):
                with suppress(OSError):
                    os.close(fd)
            shutil.rmtree(self._profile, ignore_errors=True)


class Page:
    """One tab: load a URL, evaluate JavaScript, send input, take screenshots."""

    def __init__(self, browser: Browser, target: str, session: str) -> None:
        self.browser, self.target, self.session = browser, target, session
        for domain in ("Page", "Runtime", "Network"):
            self.send(f"{domain}.enable")

    def send(self, method: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        return self.browser.send(method, params, self.session)

    def requests(self, blocked: bool = False) -> list[str]:
        """URLs this tab asked for that went out (or, with blocked=True, that the browser
        stopped before they left, e.g. by the page's Content-Security-Policy)."""
        stopped = {
            event["requestId"]
            for event in self.browser.events("Network.loadingFailed", self.session)
            if event.get("blockedReason")
        }
        return [
            str(event["request"]["url"])
            for event in self.browser.events("Network.requestWillBeSent", self.session)
            if (event["requestId"] in stopped) == blocked
        ]

    def goto(self, url: str) -> None:
        seen = len(self.browser.events("Page.loadEventFired", self.session))
        self.send("Page.navigate", {"url": url})
        self.browser.wait_event("Page.loadEventFired", self.session, seen)

    def evaluate(self, expression: str) -> object:
        result = self.send(
            "Runtime.evaluate",
            {"expression": expression, "returnByValue": True, "awaitPromise": True},
        )
        if "exceptionDetails" in result:
            raise BrowserError(f"script failed: {result['exceptionDetails']}")
        return result["result"].get("value")

    def resize(self, width: int, height: int, mobile: bool = False) -> None:
        self.send(
            "Emulation.setDeviceMetricsOverride",
            {
                "width": width,
                "height": height,
                "deviceScaleFactor": 2 if mobile else 1,
                "mobile": mobile,
            },
        )

    def mouse(self, kind: str, x: float, y: float) -> None:
        """A real mouse event: kind is mouseMoved, mousePressed or mouseReleased."""
        params: dict[str, Any] = {"type": kind, "x": x, "y": y}
        if kind != "mouseMoved":
            params |= {"button": "left", "clickCount": 1}
        self.send("Input.dispatchMouseEvent", params)

    def click(self, x: float, y: float) -> None:
        self.mouse("mouseMoved", x, y)
        self.mouse("mousePressed", x, y)
        self.mouse("mouseReleased", x, y)

    def key(self, key: str, code: int) -> None:
        for kind in ("rawKeyDown", "keyUp"):
            self.send(
                "Input.dispatchKeyEvent",
                {"type": kind, "key": key, "code": key, "windowsVirtualKeyCode": code},
            )

    def screenshot(self, path: str | os.PathLike[str], full_page: bool = True) -> Path:
        params: dict[str, Any] = {"format": "png"}
        if full_page:
            size = self.send("Page.getLayoutMetrics")["cssContentSize"]
            params |= {
                "captureBeyondViewport": True,
                "clip": {
                    "x": 0,
                    "y": 0,
                    "width": size["width"],
                    "height": size["height"],
                    "scale": 1,
                },
            }
        data = self.send("Page.captureScreenshot", params)["data"]
        target = Path(path)
        target.write_bytes(base64.b64decode(str(data)))
        return target


@contextmanager
def browser(executable: str | None = None) -> Iterator[Browser]:
    instance = Browser(executable)
    try:
        yield instance
    finally:
        instance.close()
