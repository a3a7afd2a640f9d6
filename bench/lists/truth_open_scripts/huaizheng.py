"""Open truth for HuaizhengZhang/Awesome-System-for-Machine-Learning, inference.md.

Top-level '- ' bullets mixing papers and tools: 'Title [[Paper]](url)' with author/venue
sub-bullets, author-first 'Authors. "Title." Venue. [[Paper]](url)', and tools with only
GitHub / website / blog links.
"""
import re

from _open import Open

NAME = "HuaizhengZhang__Awesome-System-for-Machine-Learning__inference@6b85080.md"


def main() -> None:
    t = Open(NAME)
    for i, text in enumerate(t.lines, 1):
        if not text.startswith("- "):
            continue
        end = i
        while end < len(t.lines) and (t.line(end + 1).startswith(("  ", "[[")) and t.line(end + 1).strip()):
            end += 1
        paper_link = re.search(r"\[\\?\[[^\]]*(?:paper|arxiv)[^\]]*\\?\]\]?\(", text, re.IGNORECASE)
        if not paper_link and not text.startswith("- Llama:"):
            continue  # tools: only GitHub / website / blog / video links
        body = text[2:]
        quoted = re.match(r"[A-Z][^\"]*?, (?:et al\.|[A-Z][^\"]*?)\s*\"(.+?)\"", body)
        if quoted:
            title = quoted.group(1)
        else:
            title = re.split(r"\s*\[\\?\[", body, maxsplit=1)[0]
            title = re.sub(r"\((?:SOSP)\d{4}\)$", "", title)
            if title.startswith("Model Card Toolkit."):
                title = "Model Card Toolkit"  # the rest of the line is a description
        t.add(i, end, title)
    t.write("every top-level bullet that links a paper ([Paper], [arxiv], [MIT short paper]) is an entry,"
            " with its sub-bullets (authors, venue, summary); 'Llama' has no link but authors and venue, so it"
            " counts; bullets with only GitHub/website/blog/video links are tools; title = the quoted part of"
            " author-first citations, else the text before the first link (a '(SOSP2019)' tag dropped)",
            "every bullet of the file (42 entries; the rest are tools), their sub-bullet spans, all titles")


if __name__ == "__main__":
    main()
