"""Wild18 truth for datasci-w266/2022-fall-main syllabus/README.md: the syllabus of UC Berkeley's MIDS
course DATASCI W266 (NLP with Deep Learning, fall 2022).

Shape: 640 lines of course prose and Markdown, then a 'Course Schedule' raw-HTML <table> (lines
~348-645) with one <tr> per week; its 'Materials' cell is a <ul> whose items are
'<li>Read: <a href="url" target="_blank">Title</a> (Authors, year)' -- the prefix is 'Read:',
'Skim:', 'Play:', 'Optional:' or '<em>Optional:</em>' / '<em>Optional / reference:</em>' etc.,
sometimes with no space before the <a>.  The 'Topics' cells are <ul> of plain topic <li>s with no
link (not records).  Above the table, a Markdown section 'Miscellaneous Deep Learning and NLP
References' has three '* (Optional) [text](url)' bullets.

Entry: a reading <li> (one line) or Miscellaneous bullet whose link points to a paper (journal /
conference / workshop article, arXiv preprint, technical report, survey, a Distill article).
Not entries: magazine and news pieces (Technology Review, Nautilus, New Yorker), blog posts (WildML,
Karpathy, Jay Alammar's illustrated Word2vec / BERT, ConceptNet blog, Google research blog on
SyntaxNet), NLTK book chapters and other book chapters (Norvig's 'Natural Language Corpus Data',
'Introduction to Linguistic Typology' chapter 4, the IR book sections), tools and demos (TensorFlow
Playground, Stanford parser demo), the Penn Treebank tag reference page, the textbooks of 'Course
Resources', the blogs of the Miscellaneous list, the 'TBD' item, and the topic <li>s.  The
Distill article 'Attention and Augmented Recurrent Neural Networks' is a peer-reviewed article
and kept.  The repeated Norvig chapter is left out both times; nothing else repeats as a paper.

Title: the link text, tags removed; the stray closing '”' after the BERT title is punctuation the
file added and is dropped; the GloVe bullet's '(Pennington, Socher, and Manning, 2014)' inside the
link text is the authors and year and is dropped.  'PageRank' (the link text of Page et al.'s 1999
Stanford tech report) is a nickname, not the report's title: title null.  'Google’s Neural Machine
Translation System' is kept as written (the file shortens the title).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild18 import entry, read_lines, write_truth

NAME = "datasci-w266__2022-fall-main__syllabus__README@a7610ed.md"
PART = "wild18_development"
LINES = read_lines(NAME)

#: Reading items that are not scholarly papers (line: what it is).
NOT_PAPERS = {
    367: "Technology Review article",
    368: "Nautilus essay",
    369: "NLTK book chapter 1",
    370: "NLTK book chapter 2",
    371: "New Yorker article",
    372: "book chapter 4, Introduction to Linguistic Typology",
    373: "Jay Alammar blog, Illustrated Word2Vec",
    374: "TensorFlow Playground (tool)",
    391: "WildML blog post",
    393: "Jay Alammar blog, Illustrated Word2vec",
    394: "TensorFlow Playground (tool)",
    412: "Karpathy blog post",
    414: "Norvig, book chapter (Beautiful Data ch. 14)",
    432: "Jay Alammar blog, Illustrated BERT",
    460: "NLTK book chapter 3",
    461: "Norvig, book chapter (Beautiful Data ch. 14)",
    514: "Google research blog post on SyntaxNet",
    517: "NLTK book chapter 8",
    518: "NLTK book chapter 5",
    522: "Penn Treebank tag reference page",
    523: "Stanford parser online demo",
    539: "NLTK book chapter 7",
    560: "Introduction to Information Retrieval, book sections",
    607: "ConceptNet blog post",
}
NICKNAME = {561}  # 'PageRank' for Page et al.'s tech report
READING = re.compile(r"^\s*<li>\s*(?:<em>)?\s*(?:Read|Skim|Play|Optional)[^:]*:\s*(?:</em>)?\s*<a href=\"[^\"]+\"[^>]*>(.*?)(?:</a>|</em>)")
MISC = re.compile(r"^\* \(Optional\) \[([^\]]+)\]\(([^)]+)\)")


def main() -> None:
    papers = []
    n_readings = 0
    misc_section = False
    for no, s in enumerate(LINES, 1):
        if s.startswith("### "):
            misc_section = s.startswith("### Miscellaneous Deep Learning and NLP References")
        if misc_section:
            m = MISC.match(s)
            if m and "blog" not in m.group(1):
                title = re.sub(r"\s*\(Pennington, Socher, and Manning, 2014\)$", "", m.group(1))
                papers.append(entry(LINES, no, no, title))
            continue
        m = READING.match(s)
        if not m:
            continue
        n_readings += 1
        if no in NOT_PAPERS:
            continue
        title = None if no in NICKNAME else m.group(1).strip().rstrip("”")
        papers.append(entry(LINES, no, no, title))
    # second count: grep -c of 'Read:|Skim:|Play:|Optional' <li> items in the schedule table = 59
    assert n_readings == 59, n_readings
    assert len(papers) == 59 - len(NOT_PAPERS) + 1 == 36, len(papers)
    write_truth(NAME, PART, papers,
                "every 'Read:/Skim:/Optional:/Play:' <li> reading of the schedule table's Materials cells, and the"
                " GloVe bullet of 'Miscellaneous ... References', whose link is a paper is an entry (one line each),"
                " title = the link text (stray '”' after BERT and GloVe's '(Pennington, Socher, and Manning, 2014)'"
                " dropped; 'PageRank' is a nickname, null); blogs, magazine pieces, NLTK and other book chapters,"
                " tools, demos, tag references, textbooks and the topic <li>s are not entries",
                "all 59 reading <li>s and the 3 Miscellaneous bullets one by one against the file (24 + 2 left out"
                " with a reason each), the 35 + 1 titles, the arXiv ids (pdf and abs links, v1 suffixes) and ACL"
                " Anthology links, the commented-out rows (no reading in them)")


if __name__ == "__main__":
    main()
