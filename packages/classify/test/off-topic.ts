// Documents that belong under none of the news-like topics (World, Sports,
// Business, Sci/Tech) nor the household fixtures' topics: a classifier should
// abstain on them. Written for these tests; deliberately full of everyday
// words that news also uses (oil, cup, heat, serve, market, record, set).
export const OFF_TOPIC_TEXTS: readonly string[] = [
  // recipes
  "Heat two tablespoons of olive oil in a large pan. Add the chopped onion and garlic and fry gently until soft. Stir in the tomatoes, season with salt and pepper and simmer for twenty minutes. Serve with fresh basil.",
  "Banana bread. Mash three ripe bananas in a bowl, whisk in the melted butter, one egg and a cup of sugar. Fold in the flour and baking soda, pour into a loaf tin and bake at 180 degrees for about an hour.",
  "For the pancakes, beat the eggs with the milk, then sift in the flour and a pinch of salt. Let the batter rest for half an hour. Fry thin pancakes in a hot buttered pan and fill them with jam or lemon and sugar.",
  "Creamy mushroom soup: sweat the leeks in butter, add sliced mushrooms and thyme, pour in the stock and cook until tender. Blend until smooth, stir in the cream and sprinkle with parsley before serving.",
  "Grandma's apple pie. Rub the cold butter into the flour, add a little water and chill the dough. Peel and slice the apples, toss them with cinnamon and brown sugar, cover with the pastry and bake until golden.",
  "Marinate the chicken thighs overnight in yoghurt, lemon juice, cumin and paprika. Grill them over medium heat, turning once, and serve with rice, cucumber salad and warm flatbread.",
  // knitting and crafts
  "Cast on 40 stitches with the blue yarn on 4 mm needles. Knit two rows, then purl one row. Repeat the pattern until the scarf measures 150 cm, and bind off loosely. Weave in the loose ends with a darning needle.",
  "To knit the heel of the sock, work back and forth over half of the stitches. Slip the first stitch of every row, and after 16 rows turn the heel with short rows as shown in the chart.",
  "Crochet granny square: chain four and join with a slip stitch to form a ring. Work three double crochets into the ring, chain two, and repeat three times. Change colour at the end of each round.",
  "Sewing a cushion cover: cut two squares of cotton fabric, pin them right sides together and stitch around three edges with a straight stitch. Turn it inside out, insert the cushion and close the gap by hand.",
  "Paint the birdhouse with two coats of weatherproof varnish. Sand the edges lightly between coats, and glue the little roof shingles on with wood glue before hanging it in the garden.",
  // legal boilerplate
  "THE SOFTWARE IS PROVIDED AS IS, WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT.",
  "This agreement shall be governed by and construed in accordance with the laws of the jurisdiction in which the licensor is domiciled. If any provision is held unenforceable, the remaining provisions shall remain in full force and effect.",
  "The tenant shall keep the premises in a clean and tidy condition and shall not sublet any part of the flat without the prior written consent of the landlord. Pets may only be kept with permission.",
  "Notwithstanding the foregoing, neither party shall be liable for any failure or delay in performance caused by circumstances beyond its reasonable control, including acts of God, fire, flood or power failure.",
  "All rights reserved. No part of this publication may be reproduced, stored in a retrieval system or transmitted in any form or by any means without the prior permission of the copyright holder.",
  // lorem ipsum and random strings
  "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris.",
  "Duis aute irure dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat nulla pariatur. Excepteur sint occaecat cupidatat non proident, sunt in culpa qui officia deserunt mollit anim id est laborum.",
  "qwxzv plomtr ghaskel vrindo baxulet snorf klimpt yavroo dezzik frumple quanbo tirrel oskivan",
  "a8f3c2e19b7d4f60 5e1d9a2b3c4d5e6f 77aa88bb99cc00dd e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
  "ZXhhbXBsZSBiYXNlNjQgZW5jb2RlZCBzdHJpbmcgd2l0aCBubyBtZWFuaW5n UGFkZGluZyB0ZXh0IGhlcmU= QW5vdGhlciBsaW5l",
  "||||| ----- ##### ===== 0000 1111 2222 3333 ::::: ;;;;; ..... ,,,,,",
  // gardening and household
  "Prune the roses in early spring, just above an outward facing bud. Mulch the bed with compost and water deeply once a week during dry spells. Deadhead faded blooms to encourage new flowers.",
  "Sow the carrot seeds thinly in drills one centimetre deep and cover lightly with fine soil. Thin the seedlings to five centimetres apart and keep the soil moist until they germinate.",
  "To descale the kettle, fill it halfway with equal parts water and white vinegar, bring it to the boil and leave it to stand for an hour. Rinse thoroughly before using it again.",
  "Remove red wine stains from the carpet by blotting them with a clean cloth, then sprinkle baking soda over the spot, leave it to dry and vacuum it up the next morning.",
  "Assembly instructions: attach side panel A to the base B with four of the short screws. Insert the wooden dowels into the shelf holes, slide in the back panel and tighten all screws with the Allen key.",
  "Washing machine care: clean the detergent drawer every month, leave the door open after each wash so the drum can dry, and run an empty hot cycle with a cup of soda crystals to prevent odours.",
  // personal letters, stories, lists
  "Dear Aunt Martha, thank you so much for the lovely knitted jumper you sent for my birthday. It fits perfectly and the colour is my favourite. I hope your garden is blooming and the cat is well. Love, Emily",
  "Once upon a time a little fox lived at the edge of the forest. Every evening she climbed the hill to watch the moon, and one night the moon smiled back and told her a secret about the stars.",
  "Shopping list: eggs, milk, two loaves of bread, cheddar, tomatoes, washing-up liquid, dog food, toothpaste, birthday candles, a bag of flour and some fresh flowers for the table.",
  "The puppy needs to be fed three small meals a day and walked at least twice. Brush his coat every few days, keep fresh water in his bowl and take him to the vet for his second vaccination in May.",
  "Roses are red, the evening is long, the kettle is singing its small quiet song. The candle burns low and the blanket is warm, we sit by the window and wait out the storm.",
  "Wedding invitation: together with their families, Anna and Tom request the pleasure of your company at the celebration of their marriage in the old barn, followed by dinner and dancing.",
  "Remember to water the houseplants on Sunday, feed the goldfish, take the recycling out on Tuesday evening and pick up the dry cleaning before the shop closes on Saturday.",
  "Tidy your bedroom, make the bed, fold your clothes and put the toys back in the basket. Then brush your teeth, put on your pyjamas and choose a story to read before bedtime.",
];
