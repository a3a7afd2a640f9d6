"""Wild3 truth for WENWENYU/jamesdiao.github.io _posts/2017-08-23-favorite-papers.md: a medical student's favourite papers.

Jekyll post (front matter, an 'In Progress' image) with '###'/'####' topic headings and numbered
items '1. [Author et al. Year](url). Title. <em>Journal</em>.', one line each; the link text is
the author-year key, not the title.  Every numbered item is an entry (25), including the papers
repeated under 'Hall of Fame', 'Image Analysis' and 'Miscellaneous' (Ioannidis, Esteva: separate
entries each time) and the joke paper 'Chicken Chicken Chicken: Chicken Chicken.' (no journal).
Title = the text between the link's '). ' and the final '. <em>' (or line end), final '.' dropped.
DOIs only where a URL holds one (PLOS article?id=10.1371/…, OUP article-lookup/doi/10.1093/…);
the Nature/JAMA/BMJ/NCBI/ScienceDirect links give none.  One arXiv link (1707.01836).
"""
import re

from _wild3 import entry, read_lines, write_truth

NAME = "WENWENYU__jamesdiao.github.io___posts__2017-08-23-favorite-papers@5519816.md"
PART = "wild3_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, text in enumerate(lines, 1):
        if not re.match(r"\d+\. ", text):
            continue
        m = re.match(r"\d+\. \[[^\]]+\]\([^)]+\)\. (.+?)\s*(?:<em>.*)?$", text)
        assert m, i
        papers.append(entry(lines, i, i, m.group(1)))
    write_truth(
        NAME, PART, papers,
        "every numbered '[Author Year](url). Title. <em>Journal</em>.' item is an entry (repeats under several"
        " headings kept); title = the text after the author-year link up to the italic journal",
        "all 25 entries one by one against the file (titles incl. 'The Incidentalome', the Chicken joke paper"
        " without journal, line numbers); count by grep '^[0-9]+\\. ' (25); repeated Ioannidis/Esteva rows;"
        " DOIs from the PLOS and OUP URLs only, arXiv 1707.01836",
    )


if __name__ == "__main__":
    main()
