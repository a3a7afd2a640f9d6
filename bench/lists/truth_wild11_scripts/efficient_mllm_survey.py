"""Wild11 truth for swordlidev/Efficient-Multimodal-LLMs-Survey README: a survey companion (efficient
multimodal LLMs), '- Title. <ins>Venue, Year</ins> [[Paper](url)]' bullets under a deep taxonomy of
'###'-'#####' headings.

Shape: after the survey's own citation, its BibTeX and a table of 22 model rows (model name, encoder, sizes;
no titles and no links: a model summary, not entries), '## Efficient MLLMs' opens the list.  Each bullet is
the title (sentence case as the survey's bibliography wrote it, hyphenation breaks such as 'vision- language'
kept), a separator ('. ', ', ', '.' or nothing), the venue and year underlined in '<ins>...</ins>', then a
'[[Paper](url)]' link.  Oddities: DeepSeek-VL's title ends a line and the '.<ins>arXiv, 2024</ins> [[Paper]]'
rest is on the next line (one entry, lines 85-86); a stray '<ins>arXiv, 2023</ins> [[Paper](...2302.13971)]'
line with no title follows 'When do we not need larger vision models?' (a lazy continuation of that list
item as Markdown renders it, so it belongs to that entry's lines, not an entry of its own); one bullet is
indented by a single space (' - A pioneering ...', still an item); 'Tiny- chart' under Token processing has
neither venue nor link; the biomedical 'Training small multimodal models ...' bullet has '[[Paper]]' with no
URL; Mobilevlm v2's link is cut short ('2402.0376', kept as written).

Entries: every bullet from '## Efficient MLLMs' to the end, repeated papers (the same paper under several
headings) each an entry; title = the bullet's text before '<ins>' (or the whole text when there is none), a
'(Bunny)' / '(Vary-toy)' tag in parentheses before the title dropped, the final separator dropped.  Not
entries: the five bullets whose venue is 'github', 'website' or 'blog' (MiniCPM-V 2.0, KarmaVLM and moondream
link only a GitHub repository; Vicuna a website, Phi-2 a blog post); the Phi-3 technical report, which has no
link, is an entry.  The survey's own title link, BibTeX and the model table are not entries.

Count checks: 87 bullets in the range ('^ ?- '), 87 '<ins>' tags (85 bullets have one on their line, the
DeepSeek-VL continuation and the stray line one each, Tiny- chart none), 5 of them github/website/blog:
87 - 5 = 82 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild11 import entry, read_lines, write_truth

NAME = "swordlidev__Efficient-Multimodal-LLMs-Survey__README@0de8187.md"
PART = "wild11_development"


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index("## Efficient MLLMs") + 1
    items: list[list[int]] = []  # [first, last] of each bullet with its continuation lines
    for i in range(start + 1, len(lines) + 1):
        text = lines[i - 1]
        if re.match(r" ?- ", text):
            items.append([i, i])
        elif text.strip() and not text.startswith("#"):
            assert items and items[-1][1] == i - 1, (i, text)
            items[-1][1] = i
    papers = []
    skipped = 0
    for first, last in items:
        body = " ".join(lines[first - 1:last]).strip()[2:]
        if re.search(r"<ins>(?:github|website|blog)\b", body):
            skipped += 1
            continue
        title = body.split("<ins>")[0]
        title = re.sub(r"^\((?:Bunny|Vary-toy)\)", "", title.strip())
        papers.append(entry(lines, first, last, title))
    assert len(items) == 87 and skipped == 5, (len(items), skipped)
    assert sum(ln.count("<ins>") for ln in lines[start:]) == 87
    assert len(papers) == 82
    write_truth(NAME, PART, papers,
                "every bullet from '## Efficient MLLMs' to the end (with its continuation lines) is an entry, title ="
                " the text before '<ins>Venue, Year</ins>' without a '(Bunny)'-style tag and the final separator;"
                " the five bullets whose venue is github, website or blog are not entries, nor the model table or"
                " the survey's own citation",
                "all 82 entries read against the file by eye (each title's end before <ins>, the two tags, the"
                " DeepSeek-VL two-line entry, the stray venue line kept with the bullet above it, the one-space"
                " bullet, Tiny- chart without venue, the link-less [[Paper]], the truncated 2402.0376 id); counts:"
                " 87 bullets and 87 <ins> tags, 5 github/website/blog bullets")


if __name__ == "__main__":
    main()
