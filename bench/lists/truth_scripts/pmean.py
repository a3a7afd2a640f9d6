"""Truth for pmean classic references in EBM: one reference per paragraph 'Title. Authors. Journal year: ...'."""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import Truth

NAME = "pmean__build-website__text__07__classic-references-for-ebm@a713b19.md"

NAME_ = r"[A-Z][\w'\-]+"
AUTHORS = re.compile(
    rf"(?:[A-Z]\.\s?)+{NAME_}"  # E. M. Antman
    rf"|{NAME_} (?:[A-Z]{{1,3}}|[A-Z]\.)[,.]"  # Avorn J. / Schulz KF,
    rf"|{NAME_} (?:[A-Z]\.? )?{NAME_}[,.]"  # Kenneth F Schulz, / Tammy Clifford,
    rf"|[A-Z]{{1,3}} {NAME_}[,.]"  # J Savage.
)


def main() -> None:
    t = Truth(NAME, "every paragraph with a 'Journal YYYY: vol' citation is an entry; title = the text before the"
              " first sentence break followed by an author list (initials and surnames)",
              "all entries' titles read against the file")
    for i, text in enumerate(t.lines, 1):
        if text.startswith(("#", "[", "<", "-")) or not re.search(r"\b(1[89]|20)\d\d\s*[:;]", text):
            continue
        for m in re.finditer(r"[.?!][\"”]?\s+", text):
            if AUTHORS.match(text, m.end()):
                title = text[: m.end()].strip()
                if title[:1] == '"' and title.rstrip(". ")[-1:] == '"':
                    title = title.rstrip(". ")[1:-1]  # the quotes around a title are its marks
                t.add(i, i, title)
                break
    t.write()


if __name__ == "__main__":
    main()
