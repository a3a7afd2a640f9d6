"""Wild32 truth for tunx-cyber/FL_Learning_Log paper_log.md: a master student's dated federated-learning paper log.

Shape: after a one-line intro (lines 1-3), the log is a run of dated blocks separated by thematic breaks
(`---`, `***`, `----`).  A block starts with a date line (`2024/6/14`, line 7 `before 2024/6/14`; some blocks
have none) and holds one or more records.  A record starts with a title line written in several ways
(`**title:** X`, `**title**: X`, `**title:**X` on line 197, `title: X`, `title：X` with a full-width colon on
line 249) followed by a `source`/`DOI`/`souce` line (venue text, `DOI: 10.1109/...` text, `arXiv:2202.02502v2`
text, a doi.org or arxiv/springer link), then free notes in Chinese and English: code links, images, pasted
LLM summaries with `###` headings (lines 317-392, 718-741 ...), a framework link (line 706, Flower) and a
quoted passage with numeric citations (line 820); none of these are entries.  A record runs from its title
line to its last non-blank line before the next title line, the next date line or the next thematic break.
Not entries: the `break` remark block (lines 640-644) and the INFOCOM remark (line 898).  Titles are kept as
written (many in capitals, some with PDF-extraction spaces such as `AL GORITHM`); the title of line 261
contains a non-breaking hyphen (`non‑IID`) and a double space, whitespace is collapsed.  Repeated records
(FedPA, lines 237 and 538; Federated Generative Model, lines 650 and 888) are separate entries.  60 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild32 import entry, read_lines, write_truth

NAME = "tunx-cyber__FL_Learning_Log__paper_log@1ac97a4.md"
PART = "wild32_development"

TITLE = re.compile(r"^(?:\*\*title:\*\*|\*\*title\*\*:|title:|title：)\s*(.+?)\s*$", re.IGNORECASE)
DATE = re.compile(r"^(?:before )?\d{4}/\d{1,2}/\d{1,2}\s*$")
BREAK = re.compile(r"^(?:-{3,}|\*{3,})\s*$")


def main() -> None:
    lines = read_lines(NAME)
    n_lines = len(lines)
    starts = [i + 1 for i, ln in enumerate(lines) if TITLE.match(ln)]
    papers = []
    for first in starts:
        last = first
        n = first + 1
        while n <= n_lines:
            ln = lines[n - 1]
            if TITLE.match(ln) or DATE.match(ln) or BREAK.match(ln):
                break
            if ln.strip():
                last = n
            n += 1
        title = TITLE.match(lines[first - 1]).group(1)
        papers.append(entry(lines, first, last, title))
    assert len(papers) == 60, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each `title:` line (bold or plain, ASCII or full-width colon) starts one entry running to its last"
        " non-blank line before the next title, date line or thematic break; the title is the text after the marker.",
        "Every entry checked by eye against the file: titles, spans (notes, pasted summaries and code links kept"
        " inside their record), ids from the source lines (arXiv text/links, DOI text/links, the Springer URL);"
        " the break remark and INFOCOM remark are not entries.",
    )


if __name__ == "__main__":
    main()
