"""Truth for michaelaklin/2023_ps2543 readings: author-first references with a quoted title."""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import Truth

NAME = "michaelaklin__2023_ps2543___readings@103c8c6.md"


def main() -> None:
    t = Truth(NAME, "every reference paragraph 'Authors (year). “Title.” *Venue*' is an entry, title = the quoted"
              " part; references with an italic title and a publisher (books) are not entries",
              "all paragraphs of 3 sections and 25 random entries")
    i, n = 1, len(t.lines)
    while i <= n:
        if not t.line(i).strip():
            i += 1
            continue
        end = i
        while end < n and t.line(end + 1).strip():
            end += 1
        para = " ".join(s.strip() for s in t.lines[i - 1 : end])
        m = re.match(r"[^“]*\(\d{4}[a-z]?\)\.?\s*“(.+?)”", para)
        if m:
            t.add(i, end, m.group(1).rstrip(".,").rstrip(",."))
        i = end + 1
    t.write()


if __name__ == "__main__":
    main()
