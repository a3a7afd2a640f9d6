"""Wild31 truth for godaai/llm-table-survey README.md: companion list of a survey on LLMs for tables.

Shape: two parts.  (1) "Paper List" (lines 25-150): `* ` bullets under `###`/`####` topic headings, each
`* Nickname, Title. Venue. \\[[Paper](url)\\] \\[[Code](url)\\] ...` -- the nickname comes first and is
separated from the title by a comma (lines 136-137 use a full stop: `DB-GPT. DB-GPT: ...`).  Bullets
with no nickname: 94 (whose title itself holds commas), 96, 97, 102, 122 and the whole "Survey"
section 142-150.  The venue after the title is absent on some lines (30, 68, 103, 136-150).  Line 104
has a tab after the real title followed by keyword residue (`Self-Correction<TAB>Prompting,
Decompose`): the title is cut at the tab.  Line 146-147 is one bullet whose title wraps onto the next
line.  Line 73 writes its link as `[\\[Paper\\](url)]`.  The three "Tools" bullets 133-135 (LlamaIndex,
PandasAI, Vanna: code repositories) are not entries.
(2) "Datasets & Benchmarks" (lines 156-192): two pipe tables `| Name | Keywords | Artifact | Paper |`
whose Paper cell is a link labelled only with a venue (`[ICLR 23](https://arxiv.org/...)`); each row is
the paper introducing a benchmark/dataset, so each row is an entry with title None (the Name cell is a
nickname).  Dr.Spider appears twice (160 and 173): two entries.  Line 187 lacks the closing pipe.
The table-of-contents bullets 4-23 (`- [..](#..)`) are not entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild31 import entry, read_lines, write_truth

NAME = "godaai__llm-table-survey__README@a662afe.md"
PART = "wild31_development"

NO_NICK = {94, 96, 97, 102, 122, 142, 143, 144, 145, 146, 148, 149, 150}
TOOLS = {133, 134, 135}
VENUE = re.compile(
    r"\s+(?:NeurIPS|ICLR|ICML|EMNLP|ACL|NAACL|AAAI|VLDB|SIGIR|KDD|ECCV|TMLR|MLSys|SIGMOD|arXiv)\b[^.]*\.\s*$"
)


def title_of(text: str, ln: int) -> str:
    body = text[2:]
    body = re.split(r"\s*\\?\[\\?\[|\s*\[\\\[", body)[0]  # drop the [Paper] / [Code] links
    if ln not in NO_NICK:
        m = re.match(r"([^,.]+?)[,.]\s+(.*)$", body, re.DOTALL)
        assert m, (ln, body)
        body = m.group(2)
    body = body.lstrip().split("\t")[0]
    body = VENUE.sub("", body).rstrip()
    body = body.removesuffix(".")
    return body


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    n = len(lines)
    for i in range(25, n + 1):
        t = lines[i - 1]
        if t.startswith("* "):
            if i in TOOLS:
                continue
            last = i
            while last < n and lines[last].strip() and not lines[last].startswith(("* ", "#", "|")):
                last += 1
            text = " ".join(lines[i - 1 : last])
            papers.append(entry(lines, i, last, title_of(text, i)))
        elif t.startswith("| ") and not t.startswith("| Name"):
            papers.append(entry(lines, i, i, None))
    assert len(papers) == 98, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each paper bullet of the Paper List (not the three tool bullets 133-135) is an entry titled by the"
        " text after the leading nickname and before the venue/links (no nickname on 94, 96, 97, 102, 122,"
        " 142-150; title cut at the tab on 104); each row of the two benchmark/dataset tables is an entry"
        " with title None, its id from the venue-labelled Paper link.",
        "All 98 entries checked by eye against the file: every bullet title, nickname split, venue removal,"
        " the wrapped bullet 146-147, the tab on 104, the tool bullets, and every table row's id.",
    )


if __name__ == "__main__":
    main()
