peerdirSearchData("shard-s",
{
 "fields": [
  "n",
  "t",
  "a",
  "o",
  "s",
  "k",
  "l",
  "r",
  "d",
  "w"
 ],
 "terms": [
  "saturday",
  "sm",
  "start",
  "step",
  "steps",
  "suit",
  "sun",
  "support"
 ],
 "vectors": {
  "d": [
   [
    1,
    6,
    1352
   ],
   [
    1,
    0,
    792
   ],
   [
    2,
    2,
    2185
   ],
   [
    5,
    3,
    646,
    2,
    1858
   ]
  ],
  "k": [
   [
    2,
    1,
    1857,
    6,
    3065
   ]
  ],
  "n": [
   [
    4,
    3,
    6465
   ]
  ],
  "s": [
   [
    5,
    3,
    2232
   ],
   [
    1,
    3,
    2232
   ],
   [
    1,
    3,
    2232
   ]
  ],
  "w": [
   [
    4,
    4,
    1882
   ]
  ]
 },
 "version": "2.3.9"
},
"bc7edb8c4c");
