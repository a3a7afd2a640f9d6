"""Wild42 truth for deeplearningturkiye/turkce-yapay-zeka-kaynaklari readme.md (commit 80c1ee0, January 2019):
the Turkish "Türkçe yapay zeka kaynakları" page of the Deep Learning Türkiye community, a list of Turkish AI
resources of every kind (blog posts, courses, videos, slides, code, datasets, books, apps) with one section of
scientific articles.

Shape: 343 lines; a Turkish introduction (2-8), a table of contents of bold links (13-39, not entries), then
"## SECTION" / "### Subsection" headings and bullets "* [Text](url) (Authors)" throughout.  Sections: TEMEL
KONULAR (42-62: blog posts and Udemy courses), ALGORİTMALAR (67-115: blog posts), KULLANIM ALANLARI (121-133:
blog posts, and one paper, 125-126), FRAMEWORKS, DONANIM VE BULUT (blog posts), BİLİMSEL MAKALELER (190-228:
the papers), VERİSETLERİ (231-254: datasets, some followed by the citation of their paper), VİDEO DERSLER,
Framework videos, Sunumlar (slides), Github (code), Bloglar, Kitaplar (books), Yarışmalar, Mobil Uygulamalar.
Entries (30):
- BİLİMSEL MAKALELER (21): every bullet except the two code repositories listed among the NLP papers
  ("Zemberek Parser for python3.x" 211 and "Zemberek Docker REST Sunucusu" 216, GitHub links, not papers);
  title = the link text.  Four bullets wrap over two lines: the author list of 197-198 and 205-206, and the
  link text itself, whose "](" opens the next line, in 219-220 and 226-227.  Line 200 repeats the title of
  199 ("On identifying leaves: ...") over another paper's PDF and authors: its own entry, title as written.
- KULLANIM ALANLARI > Siber Güvenlik (125-126): the same paper (poster PDF) as 226-227, wrapped the same way:
  a repeated record, its own entry.
- VERİSETLERİ (8): the dataset bullets that write out the reference of the dataset's paper in the
  parentheses after the link (237, 238, 243, 244, 245, 247, 248, 249); title = the paper title inside that
  reference (quoted with "..." in 238, 243, 244, 248, 249 (its final "." inside the quotes dropped), '...'
  in 245, between "Author," and ", Journal" in 247, between "2013." and ". Proceedings" in 237), not the
  dataset name of the link.  Dataset bullets with no paper reference (the rest) are not entries, nor 246
  and 250 whose parentheses give only authors and a year, nor 232 and 234, whose link text is the title of
  the dataset's paper but whose record points only to the data on GitHub (232 repeats paper 195).
Not entries: blog posts, Udemy courses, YouTube videos, slides, GitHub code, blogs, books, competitions,
apps, the table of contents.  Ids: arXiv abs/pdf links (201, 202, 203, 210, 212, 213), DOIs in Springer
(195, 215) and SAGE (220) URLs; IEEE Xplore, DergiPark, ScienceDirect pii, EPFL, Atlantis and UCI links
carry none.  30 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild42 import entry, read_lines, write_truth

NAME = "deeplearningturkiye__turkce-yapay-zeka-kaynaklari__readme@80c1ee0.md"
PART = "wild42_development"

BULLET = re.compile(r"^\* \[")
LINK_TEXT = re.compile(r"^\* \[(?P<title>[^\]]*)\]\(", re.DOTALL)
NOT_PAPERS = {211, 216}  # code repositories among the NLP papers
# dataset bullets that cite their paper: line -> the paper title as the reference writes it
DATASET_PAPERS = {
    237: "TS Corpus: Herkes İçin Türkçe Derlem",
    238: '"Linguistic Features in Turkish Word Representations"',
    243: '"ASOBEK at SemEval-2016 Task 1: Sentence Representation with Character N-gram Embeddings for Semantic '
         'Textual Similarity."',
    244: '"Hypernym extraction from Wikipedia and Wiktionary"',
    245: "'Collection and Analysis of a Parkinson Speech Dataset with Multiple Types of Sound Recordings'",
    247: "Prediction of full load electrical power output of a base load operated combined cycle power plant using "
         "machine learning methods",
    248: '"Learning Differential Diagnosis of Eryhemato-Squamous Diseases using Voting Feature Intervals"',
    249: '"A Supervised Machine Learning Algorithm for Arrhythmia Analysis."',
}


def record_end(lines: list[str], n: int) -> int:
    """Last line of the bullet starting on line n: it runs on while the next line is not blank, a bullet or a
    heading."""
    last = n
    while last < len(lines) and lines[last].strip() and not lines[last].startswith(("* ", "#")):
        last += 1
    return last


def main() -> None:
    lines = read_lines(NAME)
    assert lines[189] == "## BİLİMSEL MAKALELER" and lines[229] == "## VERİSETLERİ"
    papers = []
    for n in range(191, 230):
        if not BULLET.match(lines[n - 1]) or n in NOT_PAPERS:
            continue
        last = record_end(lines, n)
        m = LINK_TEXT.match("\n".join(lines[n - 1 : last]))
        assert m, n
        papers.append(entry(lines, n, last, m.group("title")))
    # the poster paper listed again under KULLANIM ALANLARI > Siber Güvenlik
    assert lines[123] == "### Siber Güvenlik (Cyber Security)"
    m = LINK_TEXT.match("\n".join(lines[124:126]))
    assert m and record_end(lines, 125) == 126
    papers.append(entry(lines, 125, 126, m.group("title")))
    for n, quoted in DATASET_PAPERS.items():
        assert quoted in lines[n - 1] and record_end(lines, n) == n, n
        papers.append(entry(lines, n, n, quoted.strip("\"'")))
    assert len(papers) == 30, len(papers)
    write_truth(
        NAME, PART, papers,
        "Every bullet of BİLİMSEL MAKALELER but two code repositories (title = link text, wrapped bullets to their "
        "last line), the same poster paper again under KULLANIM ALANLARI, and the 8 dataset bullets that write out "
        "their paper's reference (title = the paper title of the reference); blog posts, courses, videos, slides, "
        "code, datasets without a paper reference, books and apps are not entries.",
        "Read all 343 lines; compared every entry of the -v output with its lines: the 21 paper bullets (190-228, "
        "first 192 and last 228 of the section, the wrapped author lists 197-198 and 205-206, the wrapped link texts "
        "219-220 and 226-227, the duplicated title 199/200, the two Zemberek code repositories 211/216 left out), "
        "the repeated poster 125-126, the 8 dataset references (237-249, their quote styles and final '.') and the "
        "dataset bullets left out (231-236, 239-242, 246, 250-254); the ids (6 arXiv, 3 DOIs) against the links; "
        "skimmed every other section for papers (none: blog posts, courses, videos, slides, code, books).",
    )


if __name__ == "__main__":
    main()
