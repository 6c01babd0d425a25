"""Small helpers shared by taguette_bench.py and voelspriet_bench.py (Python stdlib only):
an HTTP client with a cookie jar over one keep-alive connection, timing of repeated requests,
and the peak resident memory of a process.

Peak memory is VmHWM ("high water mark" of the resident set) from /proc/PID/status (Linux,
proc(5)); it covers the process itself, not its children.
"""
import http.client
import json
import os
import statistics
import time
import urllib.parse
import uuid


class HTTPError(RuntimeError):
    def __init__(self, method, path, status, body):
        super().__init__(f"{method} {path}: HTTP {status}: {body[:300]!r}")
        self.status = status


class Client:
    """One keep-alive connection to 127.0.0.1:port with a cookie jar (name -> value)."""

    def __init__(self, port, cookies=None):
        self.port = port
        self.cookies = dict(cookies or {})
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=600)

    def request(self, method, path, body=None, headers=None, ok=(200,)):
        """Returns (status, headers, body bytes); raises HTTPError unless status is in ok."""
        h = dict(headers or {})
        if self.cookies:
            h["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        for attempt in range(2):
            try:
                self.conn.request(method, path, body=body, headers=h)
                resp = self.conn.getresponse()
                data = resp.read()
                break
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                self.conn.close()
                self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=600)
                if attempt:
                    raise
        for name, value in resp.getheaders():
            if name.lower() == "set-cookie":
                k, _, v = value.split(";", 1)[0].partition("=")
                self.cookies[k.strip()] = v.strip()
        if resp.status not in ok:
            raise HTTPError(method, path, resp.status, data)
        return resp.status, {k.lower(): v for k, v in resp.getheaders()}, data

    def get(self, path, ok=(200,)):
        return self.request("GET", path, ok=ok)[2]

    def post_form(self, path, fields, headers=None, ok=(200, 302, 303)):
        body = urllib.parse.urlencode(fields).encode()
        h = {"Content-Type": "application/x-www-form-urlencoded", **(headers or {})}
        return self.request("POST", path, body=body, headers=h, ok=ok)

    def post_json(self, path, obj, headers=None, ok=(200,)):
        h = {"Content-Type": "application/json", **(headers or {})}
        return json.loads(self.request("POST", path, body=json.dumps(obj).encode(), headers=h, ok=ok)[2])

    def post_multipart(self, path, fields, file_field, filename, content, content_type, headers=None):
        boundary = uuid.uuid4().hex
        parts = []
        for k, v in fields.items():
            parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode())
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{file_field}"; '
                     f'filename="{filename}"\r\nContent-Type: {content_type}\r\n\r\n'.encode())
        parts += [content, f"\r\n--{boundary}--\r\n".encode()]
        h = {"Content-Type": f"multipart/form-data; boundary={boundary}", **(headers or {})}
        return json.loads(self.request("POST", path, body=b"".join(parts), headers=h)[2])


def vm_hwm_kb(pid):
    """Peak resident set size (VmHWM) of a live process, in KiB."""
    with open(f"/proc/{pid}/status") as fp:
        for line in fp:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    raise RuntimeError(f"no VmHWM for pid {pid}")


def timed(fn, runs):
    """Runs fn() `runs` times; returns (list of seconds, last result)."""
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return times, result


def summary(times):
    return {"median_s": statistics.median(times), "min_s": min(times), "max_s": max(times),
            "runs": len(times), "all_s": [round(t, 6) for t in times]}


def wait_for(predicate, seconds, what):
    deadline = time.time() + seconds
    while time.time() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.1)
    raise RuntimeError(f"timed out after {seconds} s waiting for {what}")


def load_plan(corpus):
    path = os.path.join(corpus, "plan.json")
    if not os.path.exists(path):
        raise SystemExit(f"{path} missing: run bench/qda/generate.py first")
    with open(path, encoding="utf-8") as fp:
        return json.load(fp)
