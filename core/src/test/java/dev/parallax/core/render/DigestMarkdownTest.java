package dev.parallax.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DigestMarkdownTest {

    @Test
    void showsHeaderHeadlineBriefWithCitationsAndSources() {
        String md = DigestMarkdown.render(Samples.full());
        assertThat(md).startsWith("# Parallax digest\n\n2 stories · 4 articles · 1 rejected input\n");
        assertThat(md).contains("## " + Samples.HEADLINE + "\n");
        assertThat(md).contains(Samples.BRIEF_1 + " [1][3] " + Samples.BRIEF_2 + " [1]\n");
        assertThat(md).contains("1. **Agence Wire**, 2024-05-07 — *Storm floods Rhône valley* (via AW)\n");
        assertThat(md).contains("2. **Daily Example**, 2024-05-07 — *Rhône floods: towns under water* (via AW; copy of [1])\n");
        assertThat(md).contains("1. **x.html**, 2024-05-09 — *Other*\n");
        // an update is shown when it falls on a later day than the publication
        assertThat(md).contains("3. **The Other Paper**, 2024-05-08, updated 2024-05-09 — *Missing after floods*");
        assertThat(md).doesNotContain("2024-05-07, updated");
    }

    @Test
    void listsCorroboratedClaimsOnly() {
        String md = DigestMarkdown.render(Samples.full());
        assertThat(md).contains("### What sources agree on\n\n- Heavy rain flooded towns along the Rhône on Tuesday."
                + " — 2 independent sources [1][3]\n");
        assertThat(md).doesNotContain("The mayor asked for help.", "- 12 people were missing.");
    }

    @Test
    void showsOptionalSectionsOnlyWhenFilled() {
        String md = DigestMarkdown.render(Samples.full());
        assertThat(md).contains("### Timeline\n\n- **2024-05-07** — Rain floods towns [1]\n- **2024-05** — Rescue work [3]\n");
        assertThat(md).contains("- **Quantity**: people missing — _the accounts conflict_\n"
                + "  - 12 people (read as 12) [1]\n  - 15 people (read as 15) [3]\n");
        assertThat(md).contains("- **the mayor**: “We need help.” [2]\n  - Also reported as: “We need help now.”\n");
        assertThat(md).contains("- **Rhône** (location) — also Rhone [1][2]\n");
        assertThat(md).endsWith("## Rejected inputs\n\n- /data/empty.html — no article text found\n");
        String second = md.substring(md.indexOf("## A second story"), md.indexOf("## Rejected inputs"));
        assertThat(second).contains("### Sources").doesNotContain("### What", "### Timeline", "### Quotes");
        String sparse = DigestMarkdown.render(Samples.sparse());
        assertThat(sparse).contains("## Untitled story", "1. **notes.txt**\n").doesNotContain("Rejected inputs");
        // A reported utterance gets no quotation marks of its own.
        assertThat(sparse).contains("- **Unattributed**: Hm.").doesNotContain("“Hm.”");
        assertThat(DigestMarkdown.render(Samples.empty())).contains("No stories");
    }

    @Test
    void isDeterministic() {
        assertThat(DigestMarkdown.render(Samples.full())).isEqualTo(DigestMarkdown.render(Samples.full()))
                .doesNotContain("\r").endsWith("\n").doesNotEndWith("\n\n");
    }
}
