"""Wild23 truth for zjs1224522500/Python-learn crawler/fast19.md: a crawler's dump of the FAST '19 program.

Shape: a script (crawler/paper_abstract.py in the same repository) scraped the USENIX FAST '19
technical sessions into Markdown: eight '### Session name ' headings (trailing space), under each
numbered paper headings '#### N. Title. ' (numbering restarts at 1 in every session, the title
closed by a full stop and a space), then '- [Source](usenix.org/conference/fast19/presentation/...)',
a '##### Abstract ' heading and the abstract as one or two '- ' paragraphs (blank lines between).
Entry: every '#### ' paper heading; its lines run from the heading to the last line before the
next '####'/'###' heading (or the end of the file).  Title = the heading text without '#### N. ' and
without the final '. ' the crawler added (a separator, not part of the title).  Not entries: the
'### ' session headings, the 'Abstract' sub-headings, the abstract paragraphs.
Special cases: none in the titles; the abstract of line 55 (Sketching Volume Capacities) holds
LaTeX '{\\em ...}' text, not a title.  No arXiv ids or DOIs are written (only usenix.org links).
Count check: 26 '#### ' headings = 4 + 3 + 3 + 3 + 3 + 3 + 3 + 4 papers under the 8 sessions of
SESSIONS below (the script also checks that each session's numbering runs 1..n).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild23 import entry, read_lines, write_truth

NAME = "zjs1224522500__Python-learn__crawler__fast19@9ae29ba.md"
PART = "wild23_development"
SESSIONS = {"Persistent Memory Systems": 4, "File Systems": 3, "Deduplication": 3, "Storage Potpourri": 3,
            "NVM File and Storage Systems": 3, "Big Systems": 3, "Flash and Emerging Storage Systems": 3,
            "Erasure Coding and Reliability": 4}


def main() -> None:
    lines = read_lines(NAME)
    heads = [i for i, t in enumerate(lines, 1) if t.startswith(("#### ", "### "))]
    papers = []
    per_session: dict[str, int] = {}
    session = None
    for k, i in enumerate(heads):
        text = lines[i - 1]
        if text.startswith("### "):
            session = text[4:].strip()
            per_session[session] = 0
            continue
        m = re.match(r"#### (\d+)\. (.+?)\. $", text)
        assert m, i
        assert int(m.group(1)) == per_session[session] + 1, i
        per_session[session] += 1
        end = (heads[k + 1] - 1) if k + 1 < len(heads) else len(lines)
        while not lines[end - 1].strip():
            end -= 1
        papers.append(entry(lines, i, end, m.group(2)))
    assert per_session == SESSIONS, per_session
    assert len(papers) == 26, len(papers)
    write_truth(NAME, PART, papers,
                "every numbered '#### N. Title. ' paper heading of the scraped FAST '19 program is an entry, from its"
                " heading to the end of its abstract; title = the heading text without the number and the crawler's"
                " final full stop; session headings and abstracts are not entries",
                "all 26 headings and their Source/Abstract blocks read by eye against the output (every entry of this"
                " small file); per-session numbering checked by the script; no arXiv ids or DOIs in the file")


if __name__ == "__main__":
    main()
