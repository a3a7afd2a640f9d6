"""Wild14 truth for richard-ash/notes economics/index.md (economics notes index).

Shape: a personal notes index on economics; '##' field headings, and bullets nested with tabs (once
with two spaces) whose text is itself a '### ' or '#### ' heading for sub-topics; leaves are
'- [Title](url)' links, some with a '(uses [...])' or '(Authors, Year)' tail, two with an author
prefix in the link text ('Kunal Sangani | Complete Pass-Through in Levels', 'David Oks | ...').
Papers (NBER and SSRN working papers, an arXiv preprint, journal articles by doi.org, working
papers as PDFs on economists' pages) are mixed with blog posts, magazine and news pieces (Vox, The
Economist, City Journal, Works in Progress, Substack, Marginal Revolution, Harvard Business Review),
an X post, a web essay, Wikipedia links and links to the author's own notes.

Entry: a leaf bullet linking a scholarly work: nber.org/papers, papers.ssrn.com, arxiv.org,
doi.org, and three working-paper PDFs (kunalsangani.com/files, econweb.ucsd.edu/~pniehaus/papers,
economics.mit.edu 'Do Markets Believe in Transformative AI?').  Not entries: every blog, magazine
and news link (the 1996 HBR piece 'Increasing Returns and the New World of Business' is counted
with the magazines), the Dalio 'Economic Principles' site, notes and ChatGPT-discussion links,
heading bullets.  Two papers carry a nested '- [Discussion with GPT-5](...)' note bullet: it
belongs to the paper's entry (end line).  Title: the link text, without the 'Kunal Sangani | '
author prefix.

Counts: 23 entries = grep of lines holding nber.org/papers|ssrn|arxiv|doi.org|.pdf (23, each a paper).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild14 import entry, read_lines, write_truth

NAME = "richard-ash__notes__economics__index@fe8a669.md"
PAPER_HOSTS = re.compile(
    r"nber\.org/papers/|papers\.ssrn\.com|arxiv\.org/abs/|doi\.org/|kunalsangani\.com/files/"
    r"|econweb\.ucsd\.edu/~pniehaus/papers/|economics\.mit\.edu/sites/default/files/"
)


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, text in enumerate(lines, 1):
        m = re.match(r"\s*- \[(.+?)\]\((\S+?)\)", text)
        if not m or not PAPER_HOSTS.search(m.group(2)):
            continue
        depth = len(text) - len(text.lstrip())
        end = i
        while end < len(lines) and lines[end].strip().startswith("- [Discussion with GPT-5]") and (
            len(lines[end]) - len(lines[end].lstrip()) > depth
        ):
            end += 1  # the nested note bullet belongs to the paper
        title = re.sub(r"^Kunal Sangani \| ", "", m.group(1))
        papers.append(entry(lines, i, end, title))
    assert len(papers) == 23, len(papers)
    assert sum(1 for p in papers if p["end"] > p["line"]) == 2
    write_truth(
        NAME, "wild14_development", papers,
        "each leaf '- [Title](url)' bullet linking a working paper or article (NBER, SSRN, arXiv, doi.org,"
        " three working-paper PDFs) is an entry, title = link text without an 'Author | ' prefix; blogs,"
        " magazine/news pieces (incl. HBR), X posts, notes and GPT-discussion sub-bullets are not entries",
        "every link of the file classified by eye (23 papers, the rest blogs, news, magazines, wiki and"
        " own notes); count against grep of paper hosts; both nested discussion notes joined to their"
        " paper; titles read against the file",
    )


if __name__ == "__main__":
    main()
