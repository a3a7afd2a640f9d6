"""Truth for zhaoyu-li/DL4TP: numbered '**Title** `Venue` [[paper]]' items with an author line below."""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import Truth

NAME = "zhaoyu-li__DL4TP__README@953c743.md"


def main() -> None:
    t = Truth(NAME, "every numbered bold item outside '## Tutorials' is an entry (title = the bold part) running to"
              " its italic author line; the 'AI for Math Resources' Google Sheet and the repository's own"
              " citation are not papers", "30 random entries, first/last of each section")
    section = ""
    for i, text in enumerate(t.lines, 1):
        if text.startswith("## "):
            section = text
        m = re.match(r"\d+\. \*\*(.+?)\*\*\s*(`[^`]*`)?", text)
        if not m or "Tutorials" in section or "Google Sheet" in (m.group(2) or ""):
            continue
        end = i
        for j in range(i + 1, min(i + 3, len(t.lines)) + 1):
            if t.line(j).strip().startswith("*"):
                end = j
                break
        t.add(i, end, m.group(1))
    t.write()


if __name__ == "__main__":
    main()
