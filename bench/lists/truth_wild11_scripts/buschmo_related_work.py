"""Wild11 truth for buschmo/Master-thesis resources/related_work.md: a master student's related-work list.

Headings by topic (Directly related, Models/VAE/Optimus/Evaluation metrics/German simplification,
Datasets, Latent space disentanglement, Misc, Further read up, On hold, Not related).  Each record
is a top-level '- ' bullet, mostly 'Author et al (Year) - [Title](url)' (once 'Pati et al (2020)
AR-VAE [Title](url)', a nickname outside the link; in 'Further read up' and a few others just
'- [Title](url)'), followed by indented note sub-bullets.  Entries: every top-level bullet (69)
except the one linking a research group's web page (line 59): 68.  The record '[GPT-2](github)
and accompanying paper [Language Models are Unsupervised Multitask Learners](pdf)' is an entry for
the paper (the code repository is not).  Records with an empty link target '()' or a non-URL
target (Mallinson) are entries, title given.  Säuberli et al (2020) is listed twice (two entries).
Papers named inside a record's notes (Vaswani et al's 'Attention is all you need' under Wang et al
2019, an '[ArXiv]' link and a 'Different domain usage' link under Lample et al, a quoted title
under John et al) are notes on that record, not entries.  An entry runs from its bullet to its
last note line.  Title = the record's paper link text (the second link in the GPT-2 record).  Ids:
the first arXiv/DOI in the entry's lines, except Wang et al 2019 (line 21), whose own link is a
NeurIPS page: the arXiv id in its notes is Vaswani et al's, so its arXiv is set to None.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild11 import entry, read_lines, write_truth

NAME = "buschmo__Master-thesis__resources__related_work@68286c9.md"
PART = "wild11_development"
LINES = read_lines(NAME)

NOT_ENTRIES = {59: "research group web page"}


def main() -> None:
    papers = []
    bullets = [i for i, t in enumerate(LINES, 1) if t.startswith("- ")]
    assert len(bullets) == 69
    for i in bullets:
        end = i
        while end < len(LINES) and LINES[end].startswith("  "):
            end += 1
        if i in NOT_ENTRIES:
            continue
        text = LINES[i - 1]
        links = re.findall(r"\[([^\]]+)\]\(([^)]*)\)", text)
        assert links, i
        if text.startswith("- [GPT-2]"):
            assert len(links) == 2
            title = links[1][0]
        else:
            assert len(links) == 1, (i, links)
            title = links[0][0]
        p = entry(LINES, i, end, title)
        if i == 21:
            assert p["arxiv"] == "1706.03762"  # Vaswani et al's id, from a note line
            p["arxiv"] = None
        papers.append(p)
    assert len(papers) == 68
    write_truth(NAME, PART, papers,
                "every top-level '- ' bullet ('Author et al (Year) - [Title](url)' or '- [Title](url)') with its note"
                " sub-bullets is an entry, except a research-group link; title = the paper link's text (the"
                " second link in the GPT-2 repo+paper record); papers named in notes are not entries; Wang et al"
                " 2019's arXiv id is None (the one in its notes is Vaswani et al's)",
                "all 68 entries one by one against the file (titles incl. the empty-target and non-URL links, line"
                " ranges over the note sub-bullets, arXiv ids and the Springer chapter DOI); bullet count by grep"
                " '^- ' (69) and per heading")


if __name__ == "__main__":
    main()
