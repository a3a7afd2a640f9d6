"""Open truth (batch 3) for chullhwan-song/Reading-Paper README (at ef2c8ed): a Korean reader's index of papers
read, by topic heading.

Each paper is a top-level bullet '* Title : [[paper]](url)[[review]](...) [[link_review]](...)'; the
title is the text before the ':' that precedes the first '[[' link, written as the file writes it,
nickname prefixes included ('CLIP : Learning Transferable ...', '**DeepRank**: A New ...', 'Faster
R-CNN', with typos such as 'he Met Dataset' and 'Pretrainingr').  Dropped from titles: the
'(My paper)' label before one title, the Korean note after 'Token Labeling ...' ('(이후 "All Tokens
Matter ..." 변경)', i.e. later renamed), the other name after 'Rethinking the Design Principles of
Robust Vision Transformer' in parentheses, and an issue number '#262' after a title.  The arXiv id
is the first one the line writes (URLs are percent-decoded first: one paper link is a Google
redirect to arxiv.org); '2006.06', a cut arXiv link, gives none.  Papers listed in two sections
count twice.  Not entries: the intro bullets, the topic headings linking other repositories, a
concept with only a blog link ('Inductive Bias'), two Google Landmark Challenge write-ups ('...
리뷰'), a topic page on retrieval losses ('deep image retrieval loss (계속 업데이트)'), a PPT on
Transformers, and the two sub-bullets under Faster R-CNN and SSD (notes and a question).
"""
import re
from urllib.parse import unquote

from _open import Open

NAME = "chullhwan-song__Reading-Paper__README@ef2c8ed.md"

#: Top-level bullets with a link that are not papers (line: what it is).
NOT_PAPERS = {
    23: "a concept (inductive bias) with a blog link",
    291: "a write-up of the 2018 Google Landmark Retrieval Challenge",
    292: "a write-up of the 2019 Google Landmark Retrieval Challenge",
    302: "a running topic page on image-retrieval losses (an issue link)",
    461: "slides explaining self-attention",
}


def main() -> None:
    t = Open(NAME)
    for i, text in enumerate(t.lines, 1):
        if not text.startswith("* ") or "[[paper]]" not in text:
            if text.startswith("* ") and "](" in text:
                assert i in NOT_PAPERS, i
            continue
        if i in NOT_PAPERS:
            continue
        m = re.match(r"\* (.*?)\s*:\s*\[\[", text)
        assert m, i
        title = m.group(1)
        title = re.sub(r"^\(My paper\)\s*", "", title)
        title = re.sub(r"\s*#\d+$", "", title)
        title = re.sub(r"\s*\(이후 .*\)$", "", title)
        title = re.sub(r"\s*\(Towards Robust Vision Transformer\)$", "", title)
        t.add(i, i, title, own=unquote(text))
    t.write("every top-level '* Title : [[paper]](url)...' bullet is an entry (five linked bullets that are not"
            " papers and two note sub-bullets left out); title = the text before ': [[', nickname prefixes"
            " kept, a '(My paper)' label, an issue number and two parenthesised notes on other names dropped",
            "every bullet of the file one by one (387 entries, the 5 linked non-papers, the sub-bullets and"
            " intro bullets), each title against its line, the arXiv ids of the lines whose paper link is not"
            " an arXiv abs link")


if __name__ == "__main__":
    main()
