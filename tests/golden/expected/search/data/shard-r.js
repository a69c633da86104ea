peerdirSearchData("shard-r",
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
  "read",
  "respit",
  "riversid",
  "riverside",
  "riversidehouse=",
  "riversidehouse~",
  "room"
 ],
 "vectors": {
  "d": [
   [
    4,
    0,
    2185
   ]
  ],
  "k": [
   [
    0,
    6,
    3131
   ],
   [
    3,
    1,
    4074
   ]
  ],
  "n": [
   [
    3,
    2,
    13818
   ]
  ],
  "r": [
   [
    3,
    2,
    1542
   ]
  ],
  "s": [
   [
    3,
    1,
    3492
   ]
  ],
  "w": [
   [
    3,
    3,
    1882,
    1,
    1882,
    1,
    1882
   ]
  ]
 },
 "version": "2.3.9"
},
"7899d6ccc9");
