"""Wild18 truth for KeithYin/listofreadpapers readme.md: 'the list of read papers', one student's
reading log (2017) with a short note per paper, partly in Chinese.

Shape: '## CV', '## NLP', '## IR', '## Generative Model', '## Blogs', '## Others' headings, each
with a Markdown ordered list 'N. Title. [pdf](url)' (the separator before the link is '.', '. ',
'。' or ' .'), most items followed, after a blank line, by an unindented paragraph
'**keyword:** ...' (the author's note, keywords or a Chinese one-line summary; in Markdown it is a
paragraph outside the list item).

Entry: every numbered item outside '## Blogs' (29): journal and conference papers, arXiv
preprints, the tutorial paper 'an introduction to restricted boltzmann machines' and the survey
'An overview of gradient descent optimization algorithms'.  Not entries: the seven items under
'## Blogs' (colah.github.io, distill.pub, wildml, a bias-variance essay: blog posts).  Lines: the
item's own line (the keyword paragraph after it is not part of the list item).

Title: the item text before the '[pdf](...)' link, without the separator before the link, without
a trailing year '(2015)' / '(2016)' and the authors ', C. Szegedy et al.', and without the model
nicknames glued to three titles ('(VGG)', '(DCGAN)', '（ZF net）'); case, the 'ﬁ' ligature and
typos kept as written.  Two items name only the model ('Overfeat.', 'InfoGAN.'): title null.
arXiv ids from the arxiv.org pdf/abs links (version dropped); no DOI.

Counts: 36 numbered items by grep '^[0-9]+\\. ' (16 CV, 4 NLP, 1 IR, 6 Generative Model,
7 Blogs, 2 Others), minus the 7 blog posts = 29.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild18 import entry, read_lines, write_truth

NAME = "KeithYin__listofreadpapers__readme@13474e7.md"
PART = "wild18_development"
LINES = read_lines(NAME)
NICK = ("(VGG)", "(DCGAN)", "（ZF net）")
ONLY_NICK = {"Overfeat", "InfoGAN"}


def main() -> None:
    papers, per, section = [], {}, None
    blogs = nulls = 0
    for i, text in enumerate(LINES, 1):
        if text.startswith("## "):
            section = text[3:]
            continue
        m = re.match(r"(\d+)\.\s+(.*)$", text)
        if not m:
            continue
        per[section] = per.get(section, 0) + 1
        if section == "Blogs":
            blogs += 1
            continue
        body = m.group(2)
        t = re.match(r"(.+?)\s*(?:\.|。)?\s*\[pdf\]\(", body)
        assert t, i
        title = t.group(1).strip()
        title = re.sub(r",\s*C\. Szegedy et al\.?$", "", title)
        title = re.sub(r"\s*\(\d{4}\)$", "", title)
        for n in NICK:
            title = title.removesuffix(n)
        title = title.rstrip(" .")
        if title in ONLY_NICK:
            title = None
            nulls += 1
        papers.append(entry(LINES, i, i, title))
    assert per == {"CV": 16, "NLP": 4, "IR": 1, "Generative Model": 6, "Blogs": 7, "Others": 2}, per
    assert blogs == 7 and nulls == 2
    assert len(papers) == 29, len(papers)
    write_truth(NAME, PART, papers,
                "every numbered item outside '## Blogs' is an entry (its own line; the '**keyword:**' paragraph after"
                " it is outside the list item), title = the text before the '[pdf]' link without the separator, a"
                " trailing '(year)', the authors of one item and the glued nicknames '(VGG)', '(DCGAN)', '（ZF net）';"
                " 'Overfeat' and 'InfoGAN' alone are nicknames: title null; the 7 blog posts are not entries",
                "36 numbered items by grep (16/4/1/6/7/2 per heading) minus 7 blogs = 29; all 29 titles and arXiv ids"
                " read against the file, incl. the '。' and ' .' separators, the 'ﬁ' ligature and the v1 pdf link")


if __name__ == "__main__":
    main()
