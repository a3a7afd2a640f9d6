"""Wild22 truth for cxz/notes reading.md: one person's hand-kept reading notes (a notes repository of
tool cheat-sheets; this page lists papers to read), about 2018-2022.

Shape (168 lines): '#' topic headings (vehicle behaviour, generative models, misc, nlp, object
detection, retrieval ...), under each a flat list of '-' or '*' bullets, one per record, written
tersely and inconsistently:
  * 'Label: URL' or 'Label URL' (with or without the colon, sometimes two spaces), where the label
    is a full title ('Bootstrap Your Own Latent: A New Approach to Self-Supervised Learning'), a
    lower-cased or shortened title ('deep contextualized word representations', 'what-if motion
    prediction'), a description ('multimodal with cnns', 'anchor-based/anchor-free'), a misspelled
    one ('scene edior', 'noisey students', 'Modelsi'), or only the method's coined name ('pulse');
  * a bare URL with no label (11 arXiv links);
  * a venue tag in brackets before the label ('[sigmod 20]', '[cvpr 20]', lines 97-101), dropped.
Entries: every bullet whose subject is a paper: arXiv abs/pdf links, PDFs on lab, proceedings and
OpenAI pages, a project page (line 67), the dataset paper on arXiv (line 53), and labelled papers
whose link is a listing or a blog (line 4 'covernet ...' links the CVPR 2020 papers-with-code page,
line 22 'GAN compression' a CVPR 2020 blog round-up; the label names one paper, so the record is
that paper, without an id).  The same paper twice is two entries (faster r-cnn / rpn, lines 153-154,
one URL; ulmfit / its full title, lines 139 and 141; pulse / 'latent space exploration', 16 and 41).
Not entries (6): line 11 and line 93 (conference listing pages), lines 119-122 (bare links to blog
posts of The Morning Paper).
Title = the label as written, the separator before the URL (':' or spaces) dropped; a bracketed
venue tag is dropped, and so are two trailing notes, '(alibaba)' on line 53 and '(cont)' on line 84.
Line 65 ends with ' :' and the record continues on line 66 ('The WAYMO OPEN MOTION DATASET: URL'):
one entry on lines 65-66, title joined with a space.  Title null: the 11 bare URLs, and the 20
records whose label is only a coined one-word name of the method or model (NICKNAMES: 'multipath',
'pulse', 'ulmfit', 'rpn', 'code2vec', '[cvpr 20] DualSDF' ...): such a record names no title.
Multi-word labels ('polar mask', 'momentum contrast', 'mask r-cnn', 'deep snake') are kept as
written.
Count check: 138 bullet lines (plus the continuation line 66) = 138 records; 6 not entries ->
132 entries; 31 titles null (11 bare URLs + 20 nicknames).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild22 import entry, read_lines, write_truth

NAME = "cxz__notes__reading@ad23f9a.md"
PART = "wild22_development"
NOT_ENTRIES = {11, 93, 119, 120, 121, 122}
NICKNAMES = {5, 7, 16, 20, 21, 86, 89, 95, 99, 112, 117, 130, 137, 139, 142, 152, 154, 156, 161, 164}
NOTES = {53: " (alibaba)", 84: " (cont)"}
URL = re.compile(r"https?://\S+")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    records = 0
    for i, text in enumerate(lines, 1):
        if not re.match(r"[-*] ", text):
            continue
        records += 1
        if i in NOT_ENTRIES:
            continue
        last = i
        body = text[2:]
        if i == 65:
            last = 66
            body = body + " " + lines[65]
        m = URL.search(body)
        assert m, i
        label = body[: m.start()]
        label = re.sub(r"^\[[a-z]+ \d\d\]\s*", "", label)
        label = label.strip().rstrip(":").strip()
        if i in NOTES:
            assert label.endswith(NOTES[i]), i
            label = label[: -len(NOTES[i])]
        if i in NICKNAMES:
            assert label and " " not in label, (i, label)
            title = None
        else:
            title = label or None
        papers.append(entry(lines, i, last, title))
    assert records == 138, records
    assert len(papers) == 132, len(papers)
    nulls = sum(1 for p in papers if p["title"] is None)
    assert nulls == 31, nulls
    write_truth(NAME, PART, papers,
                "every '-'/'*' bullet whose subject is a paper is one entry (a labelled record linking a listing"
                " or blog round-up still names its paper); title = the label before the URL as written (venue"
                " tag and two trailing notes dropped, line 65-66 joined); null for bare URLs and for labels that"
                " are only a coined one-word method name; conference listing pages and bare blog-post links are"
                " not entries",
                "all 138 bullet records read by eye one by one (every line of the file), each sorted into entry /"
                " not entry and title / nickname / bare link; every title checked to occur in its line, arXiv"
                " ids checked (abs, pdf, '.pdf', v1/v3 suffixes), the two-line record 65-66 checked")


if __name__ == "__main__":
    main()
