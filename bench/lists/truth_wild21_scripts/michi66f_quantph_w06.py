"""Wild21 truth for michi66f/quant-ph-feed data/md/quantph_2026-W06.md (at commit 1e7bfa8, the
first day of the week's file): a script-generated weekly arXiv quant-ph feed (quantum computing
and quantum physics), no heading, no prose.

Each record is 17 lines: six key-value bullets ('- Date (JST ingest): ...', '- arXiv: 2601.22194v1',
'- Title: ...', '- Authors: ...', '- Categories: ...', '- Links: abs=<url>  pdf=<url>'), a blank
line, 'Abstract:' and the abstract on one line, a blank line, 'Notes:' with three empty
auto-note bullets ('- Keywords (auto):', ...), then a blank line and a '---' rule.
Entry = every record (87); its lines run from the '- Date' bullet to the '- Related cluster
(auto):' bullet.  Title = the text after '- Title: ' (LaTeX like '$(r,δ)$' kept as written).
arXiv id from the '- arXiv:' bullet (version dropped); no DOIs.
Count checks: 87 '- Title:', 87 '- arXiv:', 87 '- Links:' and 87 '---' lines (grep); every
'- Title:' line is followed by '- Authors:' (no wrapped title).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild21 import entry, read_lines, write_truth

NAME = "michi66f__quant-ph-feed__data__md__quantph_2026-W06@1e7bfa8.md"
PART = "wild21_development"
LINES = read_lines(NAME)


def main() -> None:
    papers = []
    for i, text in enumerate(LINES, 1):
        if not text.startswith("- Date (JST ingest): "):
            continue
        assert LINES[i].startswith("- arXiv: "), i
        m = re.fullmatch(r"- Title: (.+)", LINES[i + 1])
        assert m, i
        assert LINES[i + 2].startswith("- Authors: "), i
        assert LINES[i + 4].startswith("- Links: abs=https://arxiv.org/abs/"), i
        assert LINES[i + 6] == "Abstract:" and LINES[i + 9] == "Notes:", i
        end = i + 13
        assert LINES[end - 1] == "- Related cluster (auto):" and LINES[end + 1] == "---", i
        papers.append(entry(LINES, i, end, m.group(1)))
    assert len(papers) == 87, len(papers)
    assert sum(1 for t in LINES if t == "---") == 87
    for p in papers:
        ident = LINES[p["line"]].removeprefix("- arXiv: ")
        assert re.sub(r"v\d+$", "", ident) == p["arxiv"], p
    write_truth(NAME, PART, papers,
                "every generated 17-line record (key-value bullets Date/arXiv/Title/Authors/Categories/Links,"
                " abstract, empty auto-note bullets) is an entry from its '- Date' bullet to its last note"
                " bullet, title = the '- Title:' value, arXiv id from the '- arXiv:' value",
                "record count 87 by four greps, the first 5 and last 5 records and the 3 titles with LaTeX by"
                " eye, every arXiv id against its '- arXiv:' bullet by the script; no wrapped titles")


if __name__ == "__main__":
    main()
