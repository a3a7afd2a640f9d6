"""Wild30 truth for LeeKLTW/Paper_reading_list README.md: one person's NLP paper reading list.

Shape: sections of seven-column Markdown tables (Title|Author|Date|Paper|Code|Labels|Status), many
rows written without the leading pipe (12, 50-55, 66-67, 112-120), one table padded to wide columns
(127-150); under "Zero-shot Learning" four header-less pipe rows separated by blank lines (24-30,
title|citations|url); loose paragraph records after the tables (title line, author line, date,
bare URL: 68-71, 225-247); a few bare titles with no link (251, 257) and bare paper URLs with no
title (264, 266, 268).

Entries: every table or pipe row whose first cell is not the header "Title" and not a separator; the
title is the first cell.  Line 133 ("Thang Luong,[NMT](...thesis.pdf)") is Luong's PhD thesis named only
by the nickname "NMT": an entry with title None.  Paragraph records: 68-71, 223 (linked title),
225-227, 229-231, 234-237, 239-242, 244-247, 251, 253-255 (lower-cased title, its PDF URL after a blank
line), 257, 259-260; the bare URLs 264, 266 and 268 are papers named by their link only (title None).
Not entries: the 哈工大 demo (103), the FastText/Word2Vec notebook (124), bAbI (152), MCTest/SQuAD
leaderboards (179-181), the phrase "sequential denoise autoencoder" (249, a topic, not a title), the
github repositories (270-277) and the blog/tutorial links (280-291).  The paper that appears twice
("Semi-Supervised Sequence Modeling with Cross-View Training", 55 and 118) is two entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild30 import entry, read_lines, write_truth

NAME = "LeeKLTW__Paper_reading_list__README@66a46cf.md"
PART = "wild30_development"

# Loose records after the tables: (first, last, title or None).
LOOSE = [
    (68, 71, "Convolutional Sequence to Sequence Learning"),
    (223, 223, "Efficient Natural Language Response Suggestion for Smart Reply"),
    (225, 227, "Auto-Keras: Efficient Neural Architecture Search with Network Morphism"),
    (229, 231, "Effective Use of Word Order for Text Categorization with Convolutional Neural Networks"),
    (234, 237, "Skip-Thought Vectors"),
    (239, 242, "Document Embedding with Paragraph Vectors"),
    (244, 247, "Deep Residual Learning for Image Recognition"),
    (251, 251, "Constituency Parsing with a Self-Attentive Encoder"),
    (253, 255, "generating text via adversarial training"),
    (257, 257, "seqgan sequence generative adversarial nets with policy gradient"),
    (259, 260, "Natural Questions: a Benchmark for Question Answering Research"),
    (264, 264, None),
    (266, 266, None),
    (268, 268, None),
]


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n in range(1, 222):
        ln = lines[n - 1]
        if "|" not in ln:
            continue
        cells = ln.strip().lstrip("|").split("|")
        first = cells[0].strip()
        if first == "Title" or re.fullmatch(r"-+", first):
            continue
        if n == 133:  # Luong's thesis, named only "NMT"
            papers.append(entry(lines, n, n, None))
            continue
        papers.append(entry(lines, n, n, first))
    for first, last, title in LOOSE:
        papers.append(entry(lines, first, last, title))
    assert len(papers) == 102, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every table or pipe row (title = first cell), Luong's 'NMT' thesis line as a title-less entry, and"
        " the loose paragraph records after the tables (title line + author/date/URL lines; bare paper URLs"
        " as title-less entries); demos, datasets, leaderboards, repositories, blogs and the topic phrase"
        " 'sequential denoise autoencoder' are not entries.",
        "Every entry of the file read by eye against its lines (tables, header-less pipe rows, paragraph"
        " records, bare URLs); titles and ids checked mechanically against the entry lines.",
    )


if __name__ == "__main__":
    main()
