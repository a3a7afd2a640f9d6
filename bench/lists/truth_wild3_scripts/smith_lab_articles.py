"""Wild3 truth for SmithEcophysLab/lab_meeting Journal_tracking/articles.md: a plant-ecology lab's list of articles.

After a short introduction, '## List of articles' holds one reference paragraph per article
(newest first), paragraphs separated by blank lines: author-first citations in mixed styles ('Pausas
JG, Bond WJ (2020) Title. Journal.', 'Schielzeth, H., ... (2020), Title. Journal. doi:...',
'Zhao, F., ... 2020. Title. Journal, 284, p.107894.'), usually wrapped over two to five lines and
ending in a '[link](url)' to the publisher (one link text is split '[\\nlink]').  Every paragraph is
an entry, lines = the paragraph's lines; the same article listed twice (Pellegrini et al. 2020, once
without a link; Halbritter et al., 2019 and 2020) is two entries each time.

Title: the text after the year ('(2020)', '2020.', '(2020),', '2019.') up to the first '.' or '?'
that follows a lower-case letter, a digit, ')' or '’' and is followed by a space (so 'U.S.' inside
a title does not end it; '?' ends and is kept).  Three paragraphs do not put the year before the
title and are titled by hand: Rashid et al. (year after the journal), Laughlin et al. and Caruso et
al. (no year).  Not an entry: 'Elsevier, "Where should I publish?"' (a publisher's web page).
DOIs come from each paragraph's own lines ('doi:' text, doi.org links, Wiley/OUP/Chicago URLs, a
percent-encoded '?doi=' query); ScienceDirect pii, PNAS and Nature article URLs give none.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from _wild3 import entry, read_lines, write_truth

NAME = "SmithEcophysLab__lab_meeting__Journal_tracking__articles@b79b932.md"
PART = "wild3_development"
LINES = read_lines(NAME)
PAPERS: list[dict] = []

START = 11  # first paragraph after '## List of articles'
NOT_PAPERS = {201: "Elsevier, 'Where should I publish?' (a web page)"}
BY_HAND = {
    67: "Molecular and physiological responses during thermal acclimation of leaf photosynthesis and respiration in rice",
    107: "Climatic limits of temperate rainforest tree species are explained by xylem embolism resistance among"
         " angiosperms but not among conifers",
    178: "The Evolution of Functional Traits in Plants: Is the Giant Still Sleeping?",
}
YEAR = re.compile(r"(?:\(\d{4}\)|\b(?:19|20)\d{2})[.,]?\s+")
END = re.compile(r"(?<=[a-z0-9)’])[.?](?= )")


def main() -> None:
    assert LINES[START - 2] == "## List of articles"
    i = START
    n_paragraphs = 0
    while i <= len(LINES):
        if not LINES[i - 1].strip():
            i += 1
            continue
        last = i
        while last < len(LINES) and LINES[last].strip():
            last += 1
        n_paragraphs += 1
        block = re.sub(r"\s+", " ", " ".join(LINES[i - 1 : last]))
        if i in BY_HAND:
            PAPERS.append(entry(LINES, i, last, BY_HAND[i]))
        elif i not in NOT_PAPERS:
            rest = block[YEAR.search(block).end():]
            title = rest[: END.search(rest).end()]
            PAPERS.append(entry(LINES, i, last, title))
        i = last + 1
    assert n_paragraphs == len(PAPERS) + len(NOT_PAPERS) == 71, n_paragraphs
    write_truth(NAME, PART, PAPERS,
                "every reference paragraph under '## List of articles' is an entry (repeats kept), title = the text"
                " after the year up to the first sentence-ending '.'/'?' (three paragraphs without a leading year"
                " titled by hand); the Elsevier 'Where should I publish?' web page is not an entry",
                "all 71 paragraphs (counted again with awk)' titles read against the file one by one (the 'U.S.' title, the two '?' titles,"
                " the split '[\\nlink]', the one-line paragraphs 219-235, 294, 315), the three hand titles, the"
                " repeated Pellegrini and Halbritter records, every DOI against its paragraph's link (OUP article"
                " number and '?doi=' %2F cases) and the paragraphs without DOI (ScienceDirect, PNAS, Nature, JSTOR-less)")


if __name__ == "__main__":
    main()
