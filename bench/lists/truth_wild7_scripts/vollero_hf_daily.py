"""Wild7 truth for vollero/hf-daily-paper-summaries summaries/2026/07/2026-07-16.md: an LLM-written daily digest.

A scheduled pipeline writes one page per day about the Hugging Face Daily Papers: an executive
summary (prose bullets naming papers inline), a taxonomy table (one row per category, listing
paper ids), '## Papers at a glance' (one table row per paper: bare arXiv id, contribution, result,
caveat, HF and arXiv links), '## Detailed paper analyses' (a link to the relationship graph, then
one bullet per paper '- [ID — Title](2026-07-16/ID.md)' pointing at its own analysis page),
'## Topic connections' (rows about pairs 'ID ↔ ID'), prose sections (main results, open
directions, coverage) and '## Sources' (one bullet per paper '- **Title** — `ID` — [Hugging
Face](..) · [arXiv](..)').
Entries: the 24 glance rows (the row names no title: title null; arXiv id from its arXiv link),
the 24 analysis bullets (title = link text after 'ID — '; the bare id in the text and the local
.md link are not an arXiv url form) and the 24 Sources bullets (title = the bold text; arXiv id
from the arXiv link) - the same 24 papers in three records each, kept as separate entries.  Not
entries: the taxonomy and connection rows (categories and pairs), the relationship-graph link and
the prose bullets that mention papers inline.  No DOIs.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild7 import entry, read_lines, write_truth

NAME = "vollero__hf-daily-paper-summaries__summaries__2026__07__2026-07-16@bef6bee.md"
PART = "wild7_development"
LINES = read_lines(NAME)

GLANCE = re.compile(r"\| (\d{4}\.\d{5}) \|.*\| \[HF\]\(https://huggingface\.co/papers/\1\) · \[arXiv\]\(https://arxiv\.org/abs/\1\) \|")
DETAIL = re.compile(r"- \[(\d{4}\.\d{5}) — (.+)\]\(2026-07-16/\1\.md\)")
SOURCE = re.compile(r"- \*\*(.+)\*\* — `(\d{4}\.\d{5})` — \[Hugging Face\]\(https://huggingface\.co/papers/\2\) · "
                    r"\[arXiv\]\(https://arxiv\.org/abs/\2\)")


def main() -> None:
    papers = []
    section = ""
    ids: dict[str, list[str]] = {"glance": [], "detail": [], "source": []}
    titles: dict[str, list[str]] = {"detail": [], "source": []}
    for i, text in enumerate(LINES, 1):
        if text.startswith("## "):
            section = text[3:]
            continue
        if section == "Papers at a glance" and re.match(r"\| \d{4}\.\d{5} \|", text):
            m = GLANCE.fullmatch(text)
            assert m, i
            papers.append(entry(LINES, i, i, None))
            assert papers[-1]["arxiv"] == m.group(1), i
            ids["glance"].append(m.group(1))
        elif section == "Detailed paper analyses" and text.startswith("- "):
            m = DETAIL.fullmatch(text)
            assert m, i
            papers.append(entry(LINES, i, i, m.group(2)))
            ids["detail"].append(m.group(1))
            titles["detail"].append(m.group(2))
        elif section == "Sources" and text.startswith("- "):
            m = SOURCE.fullmatch(text)
            assert m, i
            papers.append(entry(LINES, i, i, m.group(1)))
            assert papers[-1]["arxiv"] == m.group(2), i
            ids["source"].append(m.group(2))
            titles["source"].append(m.group(1))
    assert [len(v) for v in ids.values()] == [24, 24, 24], [len(v) for v in ids.values()]
    assert ids["glance"] == ids["detail"] and set(ids["detail"]) == set(ids["source"])
    by_id = dict(zip(ids["source"], titles["source"]))
    assert all(by_id[k] == t for k, t in zip(ids["detail"], titles["detail"]))
    write_truth(NAME, PART, papers,
                "three records per paper are entries: each 'Papers at a glance' table row (bare id, no title: title"
                " null, arXiv id from its link), each 'Detailed paper analyses' bullet '[ID — Title](local .md)'"
                " (title after the dash) and each 'Sources' bullet (bold title, arXiv id from its link); taxonomy and"
                " pair-connection rows, the relationship-graph link and prose bullets naming papers are not entries",
                "24 + 24 + 24 records (grep per section); the glance and analysis lists give the same ids in the same"
                " order and the analysis titles equal the Sources titles for every id; all 24 Sources titles by eye;"
                " the taxonomy/connection tables and the executive-summary and main-results bullets read and left"
                " out; no DOI in the file")


if __name__ == "__main__":
    main()
