/ip/ipsec/policy
add src-address=203.0.113.1 dst-address=0.0.0.0/0 sa-src-address=203.0.113.1 protocol=udp src-port=1701 tunnel=yes action=discard
