peerdirSearchData("shard-p",
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
  "page",
  "peer",
  "person",
  "pick",
  "pressur"
 ],
 "vectors": {
  "d": [
   [
    2,
    0,
    792,
    4,
    792
   ],
   [
    7,
    3,
    1858
   ]
  ],
  "k": [
   [
    2,
    1,
    1136,
    1,
    2007
   ],
   [
    1,
    1,
    1729
   ]
  ],
  "o": [
   [
    2,
    1,
    740
   ]
  ],
  "s": [
   [
    1,
    1,
    1887
   ],
   [
    2,
    1,
    1634
   ]
  ]
 },
 "version": "2.3.9"
},
"ddb4ac3bc8");
