"""Wild9 truth for juand-r/EMNLP-2019 README.md: one reader's notes on papers of one conference (EMNLP 2019).

Shape: a contents list, then sections for tutorials and workshops (bullets naming talks and
workshops: not entries), tools/demos/datasets and topic sections.  Each paper is a paragraph
':boom: [Title](ACL Anthology pdf)' or ':heavy_minus_sign: [Title](url)' (228 of them, 52 + 176,
counted with grep), optionally '**Best paper award**' before the link, followed by a blockquote
summary ('> ...', some lazy continuation lines such as '**Suggestions:** ...'); the entry runs from
the emoji line to the last non-blank line before the next blank line, emoji line or heading.
References cited inside a summary's blockquote ('Related work:' items) belong to that entry, not
entries of their own.  Besides, two 'See also' bullet lists name papers: lines 162-165 (four
references, linked, one with an empty link '()') and 814-815 (one linked, one plain
'Robert Dale, NLP in a post-truth world. Natural Language Engineering, 2017'); each bullet is an
entry (6), the line after 815 ('Papers by Victoria L. Rubin') is not.  Prose 'See also' sentences
mentioning a paper (lines 229, 618) are not entries.  Title = the link text with the author names,
venue tags '(CoNLL)', '(TACL)', '(LANTERN workshop)' and trailing venue/year dropped (six such
emoji lines: 221, 223, 270, 413, 465, 658), a stray '**' closing one link text (494) dropped; the ':boom:' marker, the 'Best paper award' label and a trailing '(BERT)' note are not
part of it.  Ids come from the emoji line only: arXiv links inside a summary are other papers
(543, 664, 820).  Total 234.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild9 import entry, read_lines, write_truth

NAME = "juand-r__EMNLP-2019__README@b648b91.md"
LINES = read_lines(NAME)

FIX = {
    270: "Learning Conceptual Spaces with Disentangled Facets",
    413: "Weakly Supervised Domain Detection",
    465: "Still a Pain in the Neck: Evaluating Text Representations on Lexical Composition",
    658: "Do Massively Pretrained Language Models Make Better Storytellers?",
    221: "Seeded self-play for language learning",
    223: "Learning to request guidance in emergent language",
    494: "Sentence-BERT: Sentence Embeddings using Siamese BERT-Networks",
}
SEE_ALSO = {
    162: "We need to talk about standard splits",
    163: "Deep Dominance - How to Properly Compare Deep Neural Models",
    164: "Replicability Analysis for Natural Language Processing: Testing Significance with Multiple Datasets",
    165: "The Hitchhiker’s Guide to Testing Statistical Significance in Natural Language Processing",
    814: "A Stylometric Inquiry into Hyperpartisan and Fake News",
    815: "NLP in a post-truth world",
}


def main() -> None:
    papers = []
    n = len(LINES)
    for i, text in enumerate(LINES, 1):
        m = re.match(r"^:(boom|heavy_minus_sign): (?:\*\*Best paper award\*\* )?\[(.+)\]\(([^)]*)\)", text)
        if m:
            end = i
            while end < n:
                nxt = LINES[end]
                if not nxt.strip() or nxt.startswith((":", "#")):
                    break
                end += 1
            title = FIX.get(i, m.group(2))
            p = entry(LINES, i, end, title)
            # ids only from the title line: links in the summary are cited papers (e.g. 543, 820)
            own = entry(LINES, i, i, title)
            p["arxiv"], p["doi"] = own["arxiv"], own["doi"]
            papers.append(p)
        elif i in SEE_ALSO:
            assert text.startswith("- "), i
            papers.append(entry(LINES, i, i, SEE_ALSO[i]))
    emoji = sum(1 for t in LINES if re.match(r"^:(boom|heavy_minus_sign):", t))
    assert emoji == 228, emoji
    assert len(papers) == 234, len(papers)
    write_truth(NAME, "wild9_development", papers,
                "every ':boom:'/':heavy_minus_sign:' paragraph '[Title](url)' with its blockquote summary is an entry"
                " (title = link text, authors and venue tags dropped), plus the six 'See also' bullets naming one"
                " paper each (lines 162-165, 814-815); tutorials, workshops and prose mentions are not entries",
                "emoji line count 228 by grep (52 boom + 176 minus), section headings, every title against its line,"
                " entry ends at blank lines/next emoji line, the four titles with author/venue tags and the six"
                " See-also references by eye")


if __name__ == "__main__":
    main()
