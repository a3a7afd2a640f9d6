"""Wild40 truth for CommonEconomist/CommonEconomist.github.io resources.md at commit c9ca036 (17 Feb 2019): the
"Resources" page of a conflict economist's personal site -- a reading list on the economics and political science
of civil war and armed conflict (power laws in war sizes, economic shocks, trade, foreign aid, ethnicity, climate
and conflict).  The list was created as literature.md (Aug 2018), renamed papers.md, then resources.md, and the
file was deleted on 12 Apr 2019 (ee88d65); the newest commit (6c273b8) has no list, so the last version before
the deletion is used.

Shape: Jekyll front matter (1-5), an italic dated note, two sentences, ``## Conflict`` (13) and ``###``/``####``
topic headings, under each a run of ``* `` bullets, some with four-space-indented ``    * `` sub-bullets (33, 35,
48, 52, 53, 94, 95: comments, replies and follow-ups to the paper above; 33 starts "See also").  Every bullet is
one reference ``Authors ([Year](url)), "Title"`` -- the link sits on the year, the title is in straight double
quotes and carries no venue; one title is unquoted (78, ``1807: Economic shocks, conflict and the slave trade``);
one quoted title ends with a full stop inside the quotes (95, "... reply to Buhaug et al."): the final full stop
is dropped as the held-out convention does for a trailing separator, although here it closes "et al.".  Author glitches as written ("Sandholt Jensen * Gleditsch", 53).  Links go to JSTOR stable
PDFs, publishers and authors' PDFs; DOIs occur only inside some publisher URLs (SAGE 18, Taylor & Francis 53, 90,
Springer 68, 89, 93-96, 99, incl. an ``idp.springer.com/authorize/casa?redirect_uri=...`` wrapper at 68 and 95).

Entries (59): every bullet and sub-bullet -- journal articles and working papers (NBER, Utrecht, authors' PDFs)
-- each on its own line (a sub-bullet is its own record).  Not entries: front matter, note, headings.
Title: the text inside the double quotes (78: the text after the link's "), ").  Ids: the DOI a link holds.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild40 import entry, read_lines, write_truth

NAME = "CommonEconomist__CommonEconomist.github.io__resources@c9ca036.md"
PART = "wild40_development"

BULLET = re.compile(r'^(?:    )?\* (?:See also )?(?P<auth>[^(]+?) \(\[\d{4}\]\([^)]*\) ?\), (?P<rest>.+)$')


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "---" and lines[12] == "## Conflict"
    papers, subs = [], []
    for i, ln in enumerate(lines, 1):
        if not re.match(r"^(?:    )?\* ", ln):
            continue
        m = BULLET.match(ln)
        assert m, (i, ln)
        rest = m.group("rest")
        if rest.startswith('"'):
            assert rest.endswith('"'), (i, rest)
            title = rest[1:-1]
        else:
            assert i == 78, (i, rest)
            title = rest
        if ln.startswith("    "):
            subs.append(i)
        papers.append(entry(lines, i, i, title))
    assert subs == [33, 35, 48, 52, 53, 94, 95], subs
    t = {p["line"]: p["title"] for p in papers}
    assert t[78] == "1807: Economic shocks, conflict and the slave trade"
    assert t[95] == "Reconciling climate-conflict meta-analyses: reply to Buhaug et al", t[95]
    assert t[33] == "Technology and the era of the mass army", t[33]
    d = {p["line"]: p["doi"] for p in papers if p["doi"]}
    assert d[18] == "10.1177/0022343309356491" and d[68] == "10.1007/s11127-016-0377-9", d
    assert not any(p["arxiv"] for p in papers)
    assert len(papers) == 59, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each '* ' bullet and '    * ' sub-bullet 'Authors ([Year](url)), \"Title\"' is an entry on its line (59 "
        "articles and working papers on conflict economics); title = the quoted text (78 unquoted, after the "
        "link); ids = a DOI held in the link URL (SAGE, Taylor & Francis, Springer), else none.",
        "Whole file (102 lines) read against the -v output: every title checked, the seven sub-bullets incl. the "
        "'See also' one (33), the unquoted title 78, 95's final full stop dropped, the '* ' author glitch 53; every "
        "DOI compared with its link (doi found only in SAGE/T&F/Springer URLs, incl. the idp.springer.com redirect "
        "wrappers 68 and 95); JSTOR, ScienceDirect pii, OUP article-abstract and Nature links give none.",
    )


if __name__ == "__main__":
    main()
