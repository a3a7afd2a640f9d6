"""Truth for zzpustc/ML-Application-on-Network: '* Authors. </br>' then '"Title".' then '[[paper]]'."""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import Truth

NAME = "zzpustc__ML-Application-on-Network__README@d79b729.md"


def main() -> None:
    t = Truth(NAME, "every '* Authors </br>' item is an entry running to the line before the next blank line;"
              " title = the line(s) after the author line up to the [[paper]] link, quotes, stars and the"
              " final period removed", "all items of 4 venues, every item without quotes")
    n = len(t.lines)
    for i, text in enumerate(t.lines, 1):
        if not re.match(r"\*\s", text):
            continue
        end = i
        while end < n and t.line(end + 1).strip():
            end += 1
        parts = []
        for j in range(i + 1, end + 1):
            if t.line(j).lstrip().startswith(("[[", "- ")):
                break
            parts.append(t.line(j).strip())
        title = re.sub(r":star\d?:", "", " ".join(parts)).strip().strip('.').strip('"').strip("“”")
        t.add(i, end, title)
    t.write()


if __name__ == "__main__":
    main()
