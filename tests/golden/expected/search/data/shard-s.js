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
    5,
    1352
   ],
   [
    1,
    0,
    792
   ],
   [
    2,
    1,
    2185
   ],
   [
    5,
    2,
    646,
    2,
    1858
   ]
  ],
  "k": [
   [
    2,
    6,
    3349
   ]
  ],
  "n": [
   [
    4,
    2,
    6465
   ]
  ],
  "s": [
   [
    5,
    2,
    2232
   ],
   [
    1,
    2,
    2232
   ],
   [
    1,
    2,
    2232
   ]
  ],
  "w": [
   [
    4,
    3,
    1882
   ]
  ]
 },
 "version": "2.3.9"
},
"5f30c0c9bc");
