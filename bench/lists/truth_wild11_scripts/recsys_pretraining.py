"""Wild11 truth for archersama/awesome-recommend-system-pretraining-papers README: a paper list of
pretrained and LLM-based recommender models, plain-text bullets.

Shape: '- Title, Venue Year, [[paper]](url) [[code]](url)' with the title as plain text (no link),
separators that vary (' , ', ',', a full-width '，', a '-' venue such as 'CIKM-2020'), one '+'
bullet (32), one bullet indented by a space (38), one heading indented by a space (63), one
'[paper](url)' link in single brackets (82).  Four records wrap: the venue and links continue
on the next line (34-35, 36-37) or the '[[code]]' link does (69-70, 80-81).

Entries: every bullet of '# Paper List' whose subject is a paper; title = the bullet text up to
the first separator before the venue (a comma followed by a venue-and-year, 'arXiv'/'arxiv' or
'submitted ...', or by a link), or up to a '[[link]]' that follows the title.  Dataset bullets
that name and link a paper (M5Product, Tenrec, PixelRec, NineRec, MicroLens) are entries; titles
containing commas ('Pre-train, Prompt and Recommendation: ...', 'One Person, One Model, One
World: ...', '... Pretrain, Personalized Prompt & Predict Paradigm (P5)') keep them.
Not entries: the dataset bullets that only link data (Yelp, Petdata, Netflix), the workshop
bullet under '# Workshop and Tutorial', the related-hub URL, the list's own BibTeX.

Counts (by eye, per section): Review 4, Dataset 5 (of 8 bullets), Empirical Study 3, Sequential
7, User Representation 7, Two Tower 3, Language Models 6, Large Language Models 17, Graph 4 = 56.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild11 import entry, read_lines, write_truth

NAME = "archersama__awesome-recommend-system-pretraining-papers__README@5da87fb.md"
DATA_ONLY = {19, 20, 24}  # Yelp, Petdata, Netflix: data links, no paper
BULLET = re.compile(r"\s?[-+] ")
VENUE = re.compile(r"\s*[,，]\s*(?=\[|[^,\[]*\d{4}|arxiv\b|submitted)", re.IGNORECASE)


def title_of(text: str) -> str:
    body = BULLET.sub("", text, count=1)
    m = VENUE.search(body)
    cut = m.start() if m else len(body)
    link = re.search(r"\s*\[\[?(link|paper)\]", body)
    if link and link.start() < cut:
        cut = link.start()
    return body[:cut].strip()


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    per: list[int] = []
    in_list = False
    n = 1
    while n <= len(lines):
        text = lines[n - 1]
        head = text.strip()
        if head.startswith("#"):
            if head.startswith("# "):
                in_list = head == "# Paper List"
            if in_list and head.startswith("##"):
                per.append(0)
            n += 1
            continue
        if in_list and BULLET.match(text):
            last = n
            while last < len(lines):
                nxt = lines[last]
                if not nxt.strip() or BULLET.match(nxt) or nxt.strip().startswith("#"):
                    break
                last += 1
            if n not in DATA_ONLY:
                own = " ".join(lines[n - 1:last])
                assert "paper]" in own, n
                papers.append(entry(lines, n, last, title_of(own)))
                per[-1] += 1
            n = last + 1
            continue
        n += 1
    assert per == [4, 5, 3, 7, 7, 3, 6, 17, 4], per
    assert len(papers) == 56
    write_truth(
        NAME, "wild11_development", papers,
        "every '- Title, Venue Year, [[paper]](url)' bullet of '# Paper List' is an entry (wrapped records span"
        " two lines; dataset bullets that link a paper included, data-only ones not); title = the plain text"
        " before the separator that starts the venue/year or links; the workshop, hub and BibTeX are not",
        "all 56 titles and spans against the file by eye, with each one's separator (' , ', ',', '，',"
        " 'CIKM-2020', '[[link]]'); the 4 wrapped records; the 3 data-only bullets; arXiv ids from abs/pdf"
        " links (v1/v2 dropped; line 48 links the same arXiv pdf as line 43, as the file does); two ACM DOIs")


if __name__ == "__main__":
    main()
