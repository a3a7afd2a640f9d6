"""Wild7 truth for UCSD-SEELab/iot-hd-reading-group README.md: a lab reading group's record of papers presented.

Shape: '## ... Conference Reviews' groups and one '### Venue' heading per venue (AAAI, IJCAI,
CVPR, ... INFOCOM), then '## Topic Reviews' (Nature, ML, HD, Tiny Machine Learning, Wireless
Communication).  Under each heading a four-column table 'Paper Title | Link to code |
Presenters | Notes'; each body row is '| [Title](paper url) (Venue Year) | code url or "Not
provided" | presenter | [Summary](./Venue/Year/X/X.md) |'.  Two rows are written without the
space after the pipe ('|[AWQ: ...](...)|...', '|[GPTQ: ...](...) (ICLR 2023)|...'), and the AWQ
row has no '(Venue Year)' tag.

Entries: every table body row (106 = 106 lines starting with '|' that are neither a header
'Paper Title' row nor a '| ---' separator; counted with grep).  Title = the link text of the
first cell; the '(Venue Year)' tag after it, the code link, presenter and summary link are left
out.  The same paper presented under AAAI and IJCAI ('Continual Federated Learning Based on
Knowledge Distillation') is two entries.  Ids come from the row: arXiv abs/pdf links (one 'cs/0412059'
old-style id, one 'v2' version dropped), DOIs in dl.acm.org, doi.org, pubs.acs.org and Frontiers
URLs ('/full' tail dropped); IEEE Xplore document numbers, PubMed ids and Nature article ids are
not DOIs.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild7 import entry, read_lines, write_truth

NAME = "UCSD-SEELab__iot-hd-reading-group__README@a9553aa.md"
PART = "wild7_development"
LINES = read_lines(NAME)


def main() -> None:
    papers = []
    headers = 0
    for i, text in enumerate(LINES, 1):
        if not text.startswith("|"):
            continue
        if "Paper Title" in text:
            headers += 1
            continue
        if re.match(r"\|\s*-{3,}", text):
            continue
        m = re.match(r"\|\s*\[([^\]]+)\]\(([^)]+)\)", text)
        assert m, (i, text)
        papers.append(entry(LINES, i, i, m.group(1)))
    assert headers == 32, headers
    assert len(papers) == 106, len(papers)
    write_truth(NAME, PART, papers,
                "every body row of the per-venue tables is an entry (repeats kept), title = the link text of the"
                " first cell without the '(Venue Year)' tag",
                "the count (106 body rows, 32 tables, grep), every row's title by eye against the file, the two rows"
                " without a space after the pipe, the repeated CFeD row, the ids of the ACM/ACS/Frontiers/doi.org"
                " links and the old-style arXiv id cs/0412059")


if __name__ == "__main__":
    main()
