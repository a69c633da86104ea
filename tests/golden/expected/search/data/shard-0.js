peerdirSearchData("shard-0",
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
  "00"
 ],
 "vectors": {
  "d": [
   [
    1,
    0,
    2089
   ],
   [
    1,
    0,
    1298
   ]
  ]
 },
 "version": "2.3.9"
},
"19d75697b2");
