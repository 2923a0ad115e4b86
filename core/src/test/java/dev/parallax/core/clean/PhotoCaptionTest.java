package dev.parallax.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhotoCaptionTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "FILE - In this May 20, 2017 file photo, U.S. Rep. Jason Chaffetz waves after addressing the convention.",
        "Aurelie Chatelain, in this photograph provided by the city hall April 22, 2015, is seen during a sporting event.",
        "General view of the emergency entrance to the Hotel Dieu hospital in Paris April 22, 2015.",
        "French soldiers patrol outside the Notre Dame cathedral as part of the security plan in Paris, April 22, 2015.",
        "Paris prosecutor Francois Molins (L) and the director of the judiciary police attend a news conference.",
        "The president's motorcade is pictured leaving the hotel after the meeting.",
        "Members of the winning team pose for a photo with the trophy after the final.",
        "Democratic U.S. Sen. Bill Nelson, left, and Republican Gov. Rick Scott.",
        "A supporter holds a sticker during a watch party for State Sen. Wendy Davis, Thursday, Oct. 3, 2013, in San Antonio.",
        "Vatican security guards stand by the main gate of the papal residence, Saturday, March 23, 2013.",
        "This photo provided by the Iowa State Patrol shows the scene of a 25-vehicle pileup near Albert Lea.",
        "Hide Caption 5 of 6 Photos: Sinking of the Musashi Emperor Hirohito of Japan is photographed with officers.",
        "The wreckage of the ship lies on the sea floor in this March 24, 2014 handout photo.",
        "This Monday, May 4, 2015 photo shows police tape near the bridge where the shooting happened.",
        "In this Saturday, July 1, 2017, photo, people line up at the NuLeaf marijuana dispensary in Las Vegas.",
        "A 2003 photo of Juan McCullum shows him at his desk.",
        "JUNE 18: Former Congresswoman Gabby Giffords throws out the first pitch before the game on Wednesday evening.",
        "A file image from the Galileo spacecraft shows the Conemara region of Europa.",
        "Actress America Ferrera poses for photographers upon arrival at the premiere.",
        "Senate Majority Leader Mitch McConnell, R-Ky., smiles as he meets with reporters at the Capitol in Washington, "
                + "Tuesday, Feb. 6, 2018. (AP Photo/J. Scott Applewhite) (Associated Press)",
    })
    void tellsWireCaptions(String sentence) {
        assertThat(PhotoCaption.is(sentence)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The decision is seen as a blow to the government's plans for the port.",
        "Gov. Chris Christie (R) said on Tuesday that the bridge would reopen next week.",
        "The attack happened in the Paris suburb of Villejuif on April 19, 2015, prosecutors said.",
        "Police released a photo of the suspect on Monday and asked for the public's help.",
        "The photographs were taken in 1944 and were published for the first time on Sunday.",
        "He died at 4:15 p.m. Sunday, Oct. 27, 2019.",
        "U.S. economic growth is seen slowing to 1.5 percent next year, economists said.",
        "The suspect is seen on surveillance video entering the store.",
        "The first cases of the disease were reported in Wuhan, China, Dec. 31, 2019.",
        "A photo released by the FBI shows the suspect entering the building.",
        "Nobody in this picture is innocent, the prosecutor told the jury.",
        "A 2003 report found the agency had ignored the warnings.",
        "June 18: the date the committee set for its final vote on the bill.",
        "The 2003 photo, which was published on Monday, shows the two men together, the paper said.",
        "The rule is set out in subsection (l) of the 2019 law on public records.",
        "The party's left, which had opposed the deal, walked out of the meeting on Sunday.",
        "She worked at Goldman Sachs, left, and started her own firm in 2012.",
        "The agreement takes effect on Monday, Jan. 1, 2024.",
        "“OK, right, we get it,” he said after the vote on Tuesday.",
        "The minister said the opposition had no role in this picture.",
    })
    void leavesReportsAlone(String sentence) {
        assertThat(PhotoCaption.is(sentence)).isFalse();
    }
}
