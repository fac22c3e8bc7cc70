# Elutasított vagy magyarázott bevitel: rejtett karakterek, határesetek, hivatkozások gazdagépei.

rule-hidden-character = láthatatlan vagy a szöveg irányát módosító vezérlőkaraktert tartalmaz ({ $char }); kérjük, távolítsa el.
rule-nil-guid = a csupa nulla GUID egyetlen bérlőhöz sem tartozik; adja meg a valódi azonosítót.
rule-partner-id-zero = a partnerazonosító soha nem 0, és nem kezdődik nullával.
rule-onmicrosoft-bare = adja meg a teljes tartományt, például contoso.onmicrosoft.com.
rule-own-tenant = ez az Ön saját bérlőazonosítója; adja meg a közvetett szolgáltató bérlőazonosítóját.
rule-provider-tenant = ez az Ön egyik közvetett szolgáltatójának bérlőazonosítója; adja meg a saját cégének bérlőazonosítóját.
rule-known-host = válasszon a Microsoft által ehhez a felhőhöz ({ $cloud }) közzétett gazdagépek közül: { $hosts }.
activity-link-host-detail = { $cloud }: { $old } → { $new }
settings-link-host-choices = Ahol az ügyfelek elfogadják a meghívást: csak a Microsoft által ehhez a felhőhöz közzétett gazdagépek.
settings-link-host-default = { $host } (alapértelmezett)
