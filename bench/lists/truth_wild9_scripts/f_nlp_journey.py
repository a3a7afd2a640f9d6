"""Wild9 truth for msgi/nlp-journey README.md: an NLP reading list in four numbered parts
('## 1. Books', '## 2. Papers' with twelve '### NN) Topic' sections, '## 3. Articles', '## 4. Github').

Entries: the 66 numbered items of '## 2. Papers' (lines 22-126), one line each, 'N. Title. [`paper`](url)'
(also '[`online`]' for GloVe's project page, and a full-width '．' before the link in three QA items).
Not entries: the four books of '## 1. Books' (textbooks), the blog posts of '## 3. Articles', the
repositories of '## 4. Github', the llm-chat link and badges.  GPT-2 (linked to OpenAI's blog) and
GloVe (linked to its project page) are papers named by title, so entries.  The same paper in two
sections (T5, the pre-trained-models survey, the RNN encoder-decoder paper) is two entries.

Title = the item text before the final '. [`paper`]' / '．[`paper`]' label.  A nickname written in front of
the title with ': ' is kept ('BERT: ...', 'GPT-2: Language Models ...', 'Transformer-XL: Transformer-XL:
Attentive ...' as written); a nickname followed by the title in parentheses gives the parenthesised title
('LSTM(Long Short-term Memory)' -> 'Long Short-term Memory', also Residual Network, Dropout, ELMo,
Transformer); a nickname in parentheses after the title is dropped ('(FastText)').

Count check: sections hold 10, 6, 13, 10, 3, 2, 3, 8, 3, 2, 4, 2 items = 66 (awk over '^[0-9]+\\. ' in
lines 22-126 gives 66).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild9 import entry, read_lines, write_truth

NAME = "msgi__nlp-journey__README@830ea07.md"


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index("## 2. Papers") + 1
    stop = lines.index("## 3. Articles") + 1
    papers = []
    per_section = []
    for i in range(start, stop):
        text = lines[i - 1]
        if text.startswith("### "):
            per_section.append(0)
            continue
        m = re.match(r"(\d+)\. (.*?)\s*[.．]\s*\[`(?:paper|online)`\]\(", text)
        if not m:
            assert not re.match(r"\d+\. ", text), text
            continue
        per_section[-1] += 1
        t = m.group(2)
        paren = re.match(r"^[\w\- ]+?\s*\((.+)\)$", t)
        if paren and not re.search(r"\((FastText)\)$", t):
            t = paren.group(1)  # nickname(Title)
        t = re.sub(r"\s*\(FastText\)$", "", t)
        papers.append(entry(lines, i, i, t))
    assert per_section == [10, 6, 13, 10, 3, 2, 3, 8, 3, 2, 4, 2], per_section
    assert len(papers) == 66
    write_truth(NAME, "wild9_development", papers,
                "every numbered item of '## 2. Papers' is an entry, title = the text before the final '. [`paper`]' label,"
                " 'Nickname(Title)' giving the parenthesised title and a trailing '(FastText)' dropped; books, articles"
                " (blog posts) and GitHub repositories are not entries",
                "all 66 items against their lines (the nickname/parenthesis forms, the full-width '．' items, the duplicated"
                " papers, the blog-linked GPT-2 and the project-linked GloVe), the per-section counts, and the Books,"
                " Articles and Github parts")


if __name__ == "__main__":
    main()
