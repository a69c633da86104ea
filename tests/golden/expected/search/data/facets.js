peerdirSearchData("facets",
{
 "columns": [
  [
   [
    2
   ],
   [
    1
   ],
   [
    0
   ],
   [
    3
   ],
   [
    4
   ],
   [
    4
   ],
   [
    4
   ],
   [
    4
   ],
   [
    4
   ],
   [
    4
   ]
  ],
  [
   [
    3
   ],
   [
    2
   ],
   [
    0,
    3
   ],
   [
    1
   ],
   [],
   [],
   [],
   [],
   [],
   []
  ],
  [
   [],
   [
    0,
    1
   ],
   [
    0
   ],
   [
    0
   ],
   [
    0
   ],
   [
    0
   ],
   [
    0
   ],
   [
    0
   ],
   [],
   []
  ],
  [
   [
    0
   ],
   [
    0
   ],
   [],
   [],
   [],
   [],
   [],
   [],
   [],
   []
  ],
  [
   [
    0
   ],
   [
    0
   ],
   [
    0,
    1
   ],
   [
    0
   ],
   [],
   [],
   [],
   [],
   [],
   []
  ],
  [
   [
    0
   ],
   [
    0
   ],
   [
    0
   ],
   [
    0
   ],
   [],
   [],
   [],
   [],
   [],
   []
  ],
  [
   [],
   [],
   [
    2
   ],
   [],
   [],
   [],
   [],
   [],
   [],
   []
  ],
  [
   [],
   [],
   [],
   [],
   [],
   [],
   [],
   [],
   [],
   []
  ]
 ],
 "facets": [
  {
   "name": "type",
   "values": [
    [
     "group",
     "Peer support groups"
    ],
    [
     "helpline",
     "Helplines and warmlines"
    ],
    [
     "forum",
     "Online forums"
    ],
    [
     "respite",
     "Peer respite"
    ],
    [
     "guide",
     "Guides"
    ]
   ]
  },
  {
   "name": "region",
   "values": [
    [
     "old-town",
     "Old Town"
    ],
    [
     "riverside",
     "Riverside"
    ],
    [
     "national",
     "Nationwide"
    ],
    [
     "online",
     "Online"
    ]
   ]
  },
  {
   "name": "topic",
   "values": [
    [
     "anxiety",
     "Anxiety"
    ],
    [
     "grief",
     "Grief"
    ]
   ]
  },
  {
   "name": "audience",
   "values": [
    [
     "carers",
     "Carers"
    ]
   ]
  },
  {
   "name": "language",
   "values": [
    [
     "en-GB",
     "English"
    ],
    [
     "cy",
     "Cymraeg (Welsh)"
    ]
   ]
  },
  {
   "name": "cost",
   "values": [
    [
     "free",
     "Free"
    ],
    [
     "donation",
     "Donation (pay what you can)"
    ],
    [
     "paid",
     "Paid"
    ]
   ]
  },
  {
   "name": "format",
   "values": [
    [
     "in-person",
     "In person"
    ],
    [
     "online",
     "Online"
    ],
    [
     "hybrid",
     "In person and online"
    ],
    [
     "phone",
     "By phone"
    ]
   ]
  },
  {
   "name": "open",
   "values": [
    [
     "24-7",
     "Open 24/7"
    ],
    [
     "now",
     "Open now"
    ],
    [
     "week",
     "Meets in the next 7 days"
    ]
   ]
  }
 ]
},
"4dd862d44b");
