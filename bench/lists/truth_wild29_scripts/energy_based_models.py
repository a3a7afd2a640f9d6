"""Wild29 truth for WilliamYi96/Awesome-Energy-Based-Models README.md: a personal reading list on
energy-based and score-based models, grouped under `####` venue/year headings.

Shape: one `+ ` bullet per paper, plain text: `Title. Authors. (yymm)` or `Title. Authors. Venue Year.`;
most records have no link at all, a few end with `[[paper]](url)` / `[[code]](url)`.  Entry = one
bullet line.  Title = the text up to the first period that ends it (a period followed by a space or,
line 28, directly by the first author's name: "Networks.Carles").

Special cases:
- A bold nickname label before the title (`**ESVGD**: `, `**Shallow-NN**: `, `**ScoreFlow**: `,
  `**WMVL**: `, `**ADE**: `, lines 11, 12, 14, 77, 100) is a tag the list adds, not part of the
  paper's title, and is dropped.  A nickname written as plain title text (`VAEBM: ...`, `DINO: ...`,
  `GraphEBM: ...`, `ICE-BeeM: ...`) is kept.
- Parenthesised remarks after the title inside its sentence -- "(oral)", "(spotlight)",
  "(long talk)", "(workshop)", "(best paper candidate)", "(together, BMVC20)" -- are not title text
  and are dropped (lines 32, 36, 37, 50, 51, 73, 74); "(spotlight)" at line 43 stands after the
  title's period anyway.  The parentheses inside "Variational (Gradient) Estimate ..." are title.
- Lines 34 and 52 are empty bullets (`+ `): no entry.
- Repeated papers (lines 27/33, 64/69, 65/68, and line 12/28 with a different shape) are separate
  entries.
- Line 2 calls it a zero-shot-learning list (copied boilerplate); the records are EBM papers.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild29 import entry, read_lines, write_truth

NAME = "WilliamYi96__Awesome-Energy-Based-Models__README@bac0f49.md"
PART = "wild29_development"

REMARK = re.compile(r"\s*\((?:oral|spotlight|long talk|workshop|best paper candidate|together, BMVC20)\)$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        if not ln.startswith("+ ") or i < 10:
            continue
        body = ln[2:].strip()
        if not body:
            continue
        body = re.sub(r"^\*\*[^*]+\*\*:\s*", "", body)
        m = re.match(r"(.+?)\.(?:\s|(?=[A-Z][a-z]))", body)
        assert m, (i, ln)
        title = REMARK.sub("", m.group(1))
        papers.append(entry(lines, i, i, title))
    assert len(papers) == 75, len(papers)
    write_truth(NAME, PART, papers,
                "Each non-empty `+ ` bullet under the Papers headings is an entry; title = text up to the "
                "first sentence-ending period, with a leading bold nickname label and a trailing "
                "(oral)/(spotlight)/(workshop)-style remark dropped.",
                "All 75 entries checked against the file by eye (titles, ids of the few linked records, "
                "duplicates, the two empty bullets).")


if __name__ == "__main__":
    main()
