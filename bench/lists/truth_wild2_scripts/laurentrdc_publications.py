"""Wild2 truth for LaurentRDC/personal-website static/publications.md: a physicist's publication page (Pandoc Markdown).

Sections 'Letters and articles', 'Theses and dissertation', 'Conference proceedings', 'Posters' and
'Talks', one '* ' bullet per item.  Articles and proceedings are 'Authors (own name in __bold__),
_Title_, Journal **vol** (year) [DOI: 10.x](url)', some with an open-access icon (<i> tag) before the
authors and a '[Preprint ... on arXiv](https://arxiv.org/abs/...)' link or a news link after.  Entries
(one line each): the 10 articles, the 3 theses (Ph.D. dissertation, M.Sc. thesis, undergraduate
thesis; '<kind>: _Title_ [(PDF)](...)') and the 2 proceedings papers - 15.  Title = the first italic
'_..._' span, with Pandoc's subscript markup '~2~' rendered as '2' ('MoS2', 'TiSe2').

Not entries: the 3 posters and 5 talks (conference presentations, like talks elsewhere).  DOI = the
first DOI the line writes (the 'DOI: ...' link text; the PNAS 2022 item links a pnas.org URL that
holds no DOI, the others link doi.org, aps.org, springeropen or scitation URLs holding the same DOI); arXiv = the preprint link (lines 10, 12, 18).
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from _wild2 import entry, read_lines, write_truth

NAME = "LaurentRDC__personal-website__static__publications@b0d53cf.md"
PART = "wild2_held_out"
LINES = read_lines(NAME)
PAPER_SECTIONS = {"## Letters and articles", "## Theses and dissertation", "## Conference proceedings"}


def main() -> None:
    papers = []
    section = None
    for i, text in enumerate(LINES, 1):
        if text.startswith("## "):
            section = text.strip()
            continue
        if not text.startswith("* ") or section not in PAPER_SECTIONS:
            continue
        plain = re.sub(r"__.+?__", "", text)  # own name in bold
        m = re.search(r"(?:^|[\s,:>])_([^_].*?)_(?=[,.\s]|$)", plain)
        title = m.group(1).replace("~2~", "2")
        papers.append(entry(LINES, i, i, title))
    assert len(papers) == 15, len(papers)
    write_truth(
        NAME, PART, papers,
        "every bullet of the articles, theses and proceedings sections is an entry (one line), title = its first italic"
        " span with the '~2~' subscripts rendered as '2'; posters and talks are not entries",
        "all 23 bullets by eye (grep -c '^\\* ' = 23: 10 articles + 3 theses + 2 proceedings = 15 entries, 3 posters and"
        " 5 talks left out), each title against its line, the own-name bold not mistaken for the title, DOIs from the"
        " 'DOI:' link texts (the PNAS 2022 link URL holds none), the 3 arXiv preprint links",
    )


if __name__ == "__main__":
    main()
