<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA">
<context>
    <name></name>
    <message>
        <location filename="../../station/ui/first_run.py" line="+96"/>
        <source>Test sent to {printer}{where}. Check that it came out whole and the barcode is sharp.</source>
        <translation>Test envoyé à {printer}{where}. Vérifiez qu&apos;il est sorti en entier et que le code-barres est net.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No printer: save to a folder</source>
        <translation>Aucune imprimante : enregistrer dans un dossier</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip this step</source>
        <translation>Passer cette étape</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finish and start packing</source>
        <translation>Terminer et commencer l&apos;emballage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Welcome to Packing Station</source>
        <translation>Bienvenue au poste d&apos;emballage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try it first with practice orders, or set up this bench: Amazon account, printers and scanner. Every step can be skipped and changed later in Settings.</source>
        <translation>Essayez d&apos;abord avec des commandes d&apos;exercice, ou configurez ce poste : compte Amazon, imprimantes et lecteur. Chaque étape peut être passée et modifiée plus tard dans les Paramètres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try the demo (practice orders, nothing sent to Amazon)</source>
        <translation>Essayer la démo (commandes d&apos;exercice, rien n&apos;est envoyé à Amazon)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set up this station</source>
        <translation>Configurer ce poste</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skip setup for now</source>
        <translation>Passer la configuration pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. Bench 1 (default: this computer&apos;s name)</source>
        <translation>p. ex. Poste 1 (par défaut : le nom de cet ordinateur)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name of this bench</source>
        <translation>Nom de ce poste</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Connect to Amazon</source>
        <translation>Se connecter à Amazon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From Seller Central &gt; Apps and Services &gt; Develop Apps: the LWA client id and client secret of your app, and the refresh token you got when you authorised it. They are kept in this computer&apos;s password store, never in a file.</source>
        <translation>Dans Seller Central &gt; Applications et services &gt; Développer des applications : l&apos;identifiant client LWA et le secret client de votre application, et le jeton d&apos;actualisation reçu lors de son autorisation. Ils sont conservés dans le trousseau de mots de passe de cet ordinateur, jamais dans un fichier.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>LWA client id</source>
        <translation>Identifiant client LWA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LWA client secret</source>
        <translation>Secret client LWA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh token</source>
        <translation>Jeton d&apos;actualisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../station/ui/queue_view.py" line="+130"/>
        <source>Marketplace</source>
        <translation>Place de marché</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show advanced settings (other endpoints, for testing)</source>
        <translation>Afficher les paramètres avancés (autres points d&apos;accès, pour les essais)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SP-API endpoint</source>
        <translation>Point d&apos;accès SP-API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LWA token URL</source>
        <translation>URL du jeton LWA</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test the connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The endpoint {problem}.</source>
        <translation>Le point d&apos;accès : {problem}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Asking Amazon …</source>
        <translation>Interrogation d&apos;Amazon …</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>✘ The test could not run: {reason}</source>
        <translation>✘ Le test n&apos;a pas pu être fait : {reason}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Printers</source>
        <translation>Imprimantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a printer from the list, or type a network label printer as tcp://192.168.1.50:9100. Then print a test.</source>
        <translation>Choisissez une imprimante dans la liste, ou tapez une imprimante d&apos;étiquettes réseau sous la forme tcp://192.168.1.50:9100. Imprimez ensuite un test.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Thermal ZPL, 203 dpi</source>
        <translation>Thermique ZPL, 203 ppp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thermal ZPL, 300 dpi</source>
        <translation>Thermique ZPL, 300 ppp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (any printer)</source>
        <translation>PDF (toute imprimante)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>4 × 6 in label</source>
        <translation>Étiquette 4 × 6 po</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print a test label</source>
        <translation>Imprimer une étiquette test</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print a test page</source>
        <translation>Imprimer une page test</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shipping labels</source>
        <translation>Étiquettes d&apos;expédition</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>Printer</source>
        <translation>Imprimante</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Packing slips</source>
        <translation>Bordereaux d&apos;emballage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>✘ Choose a printer first.</source>
        <translation>✘ Choisissez d&apos;abord une imprimante.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printing …</source>
        <translation>Impression …</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Scanner</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan a product or the order number on a packing slip. A USB scanner that types like a keyboard needs no setup; a serial scanner is chosen in Settings.</source>
        <translation>Scannez un produit ou le numéro de commande d&apos;un bordereau d&apos;emballage. Un lecteur USB qui tape comme un clavier n&apos;a besoin d&apos;aucun réglage; un lecteur série se choisit dans les Paramètres.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nothing was read. Is the scanner plugged in and set to send Enter after each code?</source>
        <translation>Rien n&apos;a été lu. Le lecteur est-il branché et réglé pour envoyer Entrée après chaque code?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read “{text}”, but {problem}. Scan it again, slowly.</source>
        <translation>Lu « {text} », mais {problem}. Scannez-le de nouveau, lentement.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✘ Read “{text}”, but the scanner needs a setting changed (see above).</source>
        <translation>✘ Lu « {text} », mais un réglage du lecteur doit être changé (voir plus haut).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✔ The scanner works: read product code {text} (check digit correct).</source>
        <translation>✔ Le lecteur fonctionne : code produit {text} lu (chiffre de contrôle correct).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✔ The scanner works: read “{text}”.</source>
        <translation>✔ Le lecteur fonctionne : « {text} » lu.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Packing Station — set up this station</source>
        <translation>Poste d&apos;emballage — configurer ce poste</translation>
    </message>
    <message>
        <location filename="../../station/diagnostics.py" line="+228"/>
        <source>Save diagnostics for support…</source>
        <translation>Enregistrer les diagnostics pour le soutien…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Diagnostics saved</source>
        <translation>Diagnostics enregistrés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved {path}.
Send this file with your support request; it holds no passwords and no customer addresses.</source>
        <translation>{path} enregistré.
Joignez ce fichier à votre demande de soutien; il ne contient aucun mot de passe ni aucune adresse de client.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Diagnostics not saved</source>
        <translation>Diagnostics non enregistrés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The diagnostics file could not be written: {reason}</source>
        <translation>Le fichier de diagnostics n&apos;a pas pu être écrit : {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save diagnostics</source>
        <translation>Enregistrer les diagnostics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zip files (*.zip)</source>
        <translation>Fichiers zip (*.zip)</translation>
    </message>
    <message>
        <location filename="../../station/ui/queue_model.py" line="+193"/>
        <source>{d}d {h}h</source>
        <translation>{d} j {h} h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{h}h {m}m</source>
        <translation>{h} h {m}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{m}m</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LATE {amount} · {when}</source>
        <translation>EN RETARD {amount} · {when}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{when} · in {amount}</source>
        <translation>{when} · dans {amount}</translation>
    </message>
    <message>
        <location filename="../../station/ui/queue_view.py" line="-72"/>
        <source>Not synced with Amazon yet</source>
        <translation>Pas encore synchronisé avec Amazon</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} min ago</source>
        <translation>il y a {n} min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} h ago</source>
        <translation>il y a {n} h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sync {time} ({ago})</source>
        <translation>Dernière synchro {time} ({ago})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last sync {time}</source>
        <translation>Dernière synchro {time}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{text} - {n} ORDER(S) NOT READ (retried every sync, see the log): {ids}</source>
        <translation>{text} - {n} COMMANDE(S) NON LUE(S) (nouvel essai à chaque synchro, voir le journal) : {ids}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{text} - SYNC ERROR: {error}</source>
        <translation>{text} - ERREUR DE SYNCHRO : {error}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Scan an order&apos;s packing slip or pick list to start packing</source>
        <translation>Scannez le bordereau d&apos;emballage ou la liste de cueillette d&apos;une commande pour commencer à emballer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>To pack</source>
        <translation>À emballer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any ship-by</source>
        <translation>Toute date d&apos;expédition</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due today</source>
        <translation>Pour aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All marketplaces</source>
        <translation>Toutes les places de marché</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search order id, SKU or buyer</source>
        <translation>Chercher un n° de commande, une UGS ou un acheteur</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ship by</source>
        <translation>Expédier avant</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading the queue ...</source>
        <translation>Chargement de la file ...</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Cannot read the queue: {error}. Retrying ...</source>
        <translation>Impossible de lire la file : {error}. Nouvel essai ...</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>LATE {n}</source>
        <translation>EN RETARD {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due today {n}</source>
        <translation>pour aujourd&apos;hui {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the whole queue ... (the {n} most urgent orders shown)</source>
        <translation>Chargement de toute la file ... (les {n} commandes les plus urgentes sont affichées)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>showing {n} of {total}</source>
        <translation>{n} affichées sur {total}</translation>
    </message>
    <message>
        <location filename="../../station/ui/operators_ui.py" line="+34"/>
        <source>Signed in: {name}</source>
        <translation>Connecté : {name}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{name} signed out ({why})</source>
        <translation>{name} déconnecté ({why})</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>S&amp;upervisor</source>
        <translation>S&amp;uperviseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Audit log ...</source>
        <translation>&amp;Journal d&apos;audit ...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sign in / change operator ...</source>
        <translation>&amp;Connexion / changer d&apos;opérateur ...</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../station/ui/audit_view.py" line="+30"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Station</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approver</source>
        <translation>Approbateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan accepted</source>
        <translation>Scan accepté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan refused</source>
        <translation>Scan refusé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command scanned</source>
        <translation>Commande-code scannée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor approval</source>
        <translation>Approbation du superviseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed</source>
        <translation>Imprimé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprinted</source>
        <translation>Réimprimé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label bought</source>
        <translation>Étiquette achetée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label voided</source>
        <translation>Étiquette annulée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipment confirmed</source>
        <translation>Expédition confirmée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings changed</source>
        <translation>Paramètres modifiés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in failed</source>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed out</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order taken over</source>
        <translation>Commande reprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order released</source>
        <translation>Commande libérée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator changed</source>
        <translation>Opérateur modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer data deleted</source>
        <translation>Données de l&apos;acheteur supprimées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit log exported</source>
        <translation>Journal d&apos;audit exporté</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location line="+2"/>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>order id</source>
        <translation>n° de commande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>operator</source>
        <translation>opérateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The audit log is for supervisors: a supervisor must sign in.</source>
        <translation>Le journal d&apos;audit est réservé aux superviseurs : un superviseur doit se connecter.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (newest first; narrow the filter to see older)</source>
        <translation> (plus récentes d&apos;abord; précisez le filtre pour voir les plus anciennes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} entries</source>
        <translation>{n} entrées</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database cannot be reached: the audit log cannot be shown right now.</source>
        <translation>La base de données est injoignable : le journal d&apos;audit ne peut pas être affiché pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the audit log</source>
        <translation>Exporter le journal d&apos;audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} entries exported to {path}</source>
        <translation>{n} entrées exportées vers {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export failed: {error}</source>
        <translation>Échec de l&apos;exportation : {error}</translation>
    </message>
</context>
<context>
    <name>CancelledLabelAlarm</name>
    <message>
        <location filename="../../station/ui/ship_widgets.py" line="+143"/>
        <source>ORDER CANCELLED - LABEL BOUGHT</source>
        <translation>COMMANDE ANNULÉE - ÉTIQUETTE ACHETÉE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The label can be voided until {when}.</source>
        <translation>L&apos;étiquette peut être annulée jusqu&apos;au {when}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order {order} was CANCELLED by the buyer after its label was bought.

DO NOT SHIP IT. Take the parcel off the outgoing shelf.
Tracking: {tracking}</source>
        <translation>La commande {order} a été ANNULÉE par l&apos;acheteur après l&apos;achat de son étiquette.

NE L&apos;EXPÉDIEZ PAS. Retirez le colis de la tablette d&apos;expédition.
Numéro de suivi : {tracking}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Void the label</source>
        <translation>Annuler l&apos;étiquette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it (void later)</source>
        <translation>La garder (annuler plus tard)</translation>
    </message>
</context>
<context>
    <name>DeviceStatusWidget</name>
    <message>
        <location filename="../../station/ui/device_status.py" line="+49"/>
        <source>Scanner</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label printer</source>
        <translation>Imprimante d&apos;étiquettes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slip printer</source>
        <translation>Imprimante de bordereaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ready</source>
        <translation>prêt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>printing</source>
        <translation>impression</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>off</source>
        <translation>éteint</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{name}: –</source>
        <translation>{name} : –</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>job {id} not printed: {error}</source>
        <translation>tâche {id} non imprimée : {error}</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <location filename="../../station/ui/devices_page.py" line="+25"/>
        <source>ZPL, 203 dpi (most thermal printers)</source>
        <translation>ZPL, 203 ppp (la plupart des imprimantes thermiques)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ZPL, 300 dpi</source>
        <translation>ZPL, 300 ppp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF 4x6 (driver printer)</source>
        <translation>PDF 4x6 (imprimante avec pilote)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG 4x6 (image)</source>
        <translation>PNG 4x6 (image)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>label printer</source>
        <translation>imprimante d&apos;étiquettes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>slip printer</source>
        <translation>imprimante de bordereaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>label format</source>
        <translation>format d&apos;étiquette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scanner</source>
        <translation>lecteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scale</source>
        <translation>balance</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Printers</source>
        <translation>Imprimantes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Find printers</source>
        <translation>Chercher les imprimantes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print test label</source>
        <translation>Imprimer une étiquette test</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Label printer</source>
        <translation>Imprimante d&apos;étiquettes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label format</source>
        <translation>Format d&apos;étiquette</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Slip printer</source>
        <translation>Imprimante de bordereaux</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scanner and scale</source>
        <translation>Lecteur et balance</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scanner</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scale</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scanner test</source>
        <translation>Test du lecteur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Looking for printers...</source>
        <translation>Recherche d&apos;imprimantes...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Found {n} printer(s): {names}.</source>
        <translation>{n} imprimante(s) trouvée(s) : {names}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No printers found here. Type tcp://ADDRESS:9100 for a network label printer, or file:FOLDER to save labels as files.</source>
        <translation>Aucune imprimante trouvée ici. Tapez tcp://ADRESSE:9100 pour une imprimante d&apos;étiquettes réseau, ou file:DOSSIER pour enregistrer les étiquettes dans des fichiers.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the {field} {problem}</source>
        <translation>{field} : {problem}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not saved: {problem}</source>
        <translation>Non enregistré : {problem}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved. The devices restart with these settings.</source>
        <translation>Enregistré. Les appareils redémarrent avec ces paramètres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} waiting job(s) go to the new printer.</source>
        <translation>{n} tâche(s) en attente vont à la nouvelle imprimante.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Checking...</source>
        <translation>Vérification...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scanner is in use by the station: {state}</source>
        <translation>Le lecteur est utilisé par le poste : {state}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale is in use by the station: {state}</source>
        <translation>La balance est utilisée par le poste : {state}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The check failed: {error}</source>
        <translation>La vérification a échoué : {error}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Test labels are not available in this build.</source>
        <translation>Les étiquettes test ne sont pas offertes dans cette version.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not make the test label: {error}</source>
        <translation>Impossible de produire l&apos;étiquette test : {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a label printer first.</source>
        <translation>Choisissez d&apos;abord une imprimante d&apos;étiquettes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Test label sent (job {id})...</source>
        <translation>Étiquette test envoyée (tâche {id})...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Test label printed. Every side of the frame should show and the barcode should scan.</source>
        <translation>Étiquette test imprimée. Les quatre côtés du cadre doivent paraître et le code-barres doit se scanner.</translation>
    </message>
</context>
<context>
    <name>ErrorOverlay</name>
    <message>
        <location filename="../../station/ui/error_overlay.py" line="+20"/>
        <source>Put it aside. Scan CMD:ACK or press Enter to continue</source>
        <translation>Mettez-le de côté. Scannez CMD:ACK ou appuyez sur Entrée pour continuer</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+39"/>
        <source>STOP</source>
        <translation>ARRÊT</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Acknowledge (Enter)</source>
        <translation>Confirmer (Entrée)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Scan {code} REFUSED ({n}): acknowledge this error first</source>
        <translation>Scan {code} REFUSÉ ({n}) : confirmez d&apos;abord cette erreur</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../../station/ui/first_run.py" line="-503"/>
        <source>United States</source>
        <translation>États-Unis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canada</source>
        <translation>Canada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mexico</source>
        <translation>Mexique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brazil</source>
        <translation>Brésil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Kingdom</source>
        <translation>Royaume-Uni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Germany</source>
        <translation>Allemagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italy</source>
        <translation>Italie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spain</source>
        <translation>Espagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Netherlands</source>
        <translation>Pays-Bas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japan</source>
        <translation>Japon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Australia</source>
        <translation>Australie</translation>
    </message>
</context>
<context>
    <name>LabelHistoryDialog</name>
    <message>
        <location filename="../../station/ui/ship_widgets.py" line="-129"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrier / service</source>
        <translation>Transporteur / service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking</source>
        <translation>Numéro de suivi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bought</source>
        <translation>Achetée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Void until</source>
        <translation>Annulable jusqu&apos;au</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PURCHASED</source>
        <translation>ACHETÉE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VOIDED</source>
        <translation>ANNULÉE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FAILED</source>
        <translation>ÉCHOUÉE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REQUESTED</source>
        <translation>DEMANDÉE</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Labels: reprint or void</source>
        <translation>Étiquettes : réimprimer ou annuler</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading ...</source>
        <translation>Chargement ...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reprint label</source>
        <translation>&amp;Réimprimer l&apos;étiquette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Void label ...</source>
        <translation>&amp;Annuler l&apos;étiquette ...</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot read labels: {error}</source>
        <translation>Impossible de lire les étiquettes : {error}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>void window closed</source>
        <translation>délai d&apos;annulation dépassé</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{n} label(s)</source>
        <translation>{n} étiquette(s)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Void label</source>
        <translation>Annuler l&apos;étiquette</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Void the label {tracking} of order {order}?

Amazon refunds the postage; the parcel must NOT be shipped with it.</source>
        <translation>Annuler l&apos;étiquette {tracking} de la commande {order}?

Amazon rembourse l&apos;affranchissement; le colis ne doit PAS être expédié avec elle.</translation>
    </message>
</context>
<context>
    <name>LinesModel</name>
    <message>
        <location filename="../../station/ui/pack_view.py" line="+53"/>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bin</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scanned</source>
        <translation>Scannés</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>SKU {sku}</source>
        <translation>UGS {sku}</translation>
    </message>
    <message>
        <location line="+251"/>
        <source>no image</source>
        <translation>sans image</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../station/ui/main_window.py" line="+42"/>
        <source>&lt;h2&gt;Command barcodes&lt;/h2&gt;
&lt;table cellpadding=4&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;CMD:CONFIRM&lt;/b&gt;&lt;/td&gt;&lt;td&gt;finish the package (Enter does the same when the order is complete)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;CMD:ACK&lt;/b&gt;&lt;/td&gt;&lt;td&gt;acknowledge an error screen (Enter does the same)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;CMD:CANCEL&lt;/b&gt;&lt;/td&gt;&lt;td&gt;set the order aside; nothing is lost, scan it again to resume&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;CMD:NEXT-BOX&lt;/b&gt;&lt;/td&gt;&lt;td&gt;close this box and start another&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;CMD:REPRINT&lt;/b&gt;&lt;/td&gt;&lt;td&gt;print the label again&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;CMD:SKIP&lt;/b&gt;&lt;/td&gt;&lt;td&gt;supervisor: count a unit that has no barcode&lt;/td&gt;&lt;/tr&gt;
&lt;/table&gt;
&lt;p&gt;Print the card with &lt;code&gt;station render commands --out commands.pdf&lt;/code&gt;.&lt;/p&gt;
&lt;p&gt;Keys: F2 queue, F3 pack view, F5 refresh the queue, Enter = confirm / acknowledge.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Codes-barres de commande&lt;/h2&gt;
&lt;table cellpadding=4&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;CMD:CONFIRM&lt;/b&gt;&lt;/td&gt;&lt;td&gt;terminer le colis (Entrée fait de même quand la commande est complète)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;CMD:ACK&lt;/b&gt;&lt;/td&gt;&lt;td&gt;confirmer un écran d&apos;erreur (Entrée fait de même)&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;CMD:CANCEL&lt;/b&gt;&lt;/td&gt;&lt;td&gt;mettre la commande de côté; rien n&apos;est perdu, scannez-la de nouveau pour reprendre&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;CMD:NEXT-BOX&lt;/b&gt;&lt;/td&gt;&lt;td&gt;fermer cette boîte et en commencer une autre&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;CMD:REPRINT&lt;/b&gt;&lt;/td&gt;&lt;td&gt;réimprimer l&apos;étiquette&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;CMD:SKIP&lt;/b&gt;&lt;/td&gt;&lt;td&gt;superviseur : compter une unité sans code-barres&lt;/td&gt;&lt;/tr&gt;
&lt;/table&gt;
&lt;p&gt;Imprimez la carte avec &lt;code&gt;station render commands --out commands.pdf&lt;/code&gt;.&lt;/p&gt;
&lt;p&gt;Touches : F2 file, F3 vue d&apos;emballage, F5 actualiser la file, Entrée = confirmer.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Packing station - {name}</source>
        <translation>Poste d&apos;emballage - {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packing station</source>
        <translation>Poste d&apos;emballage</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pack  (F3)</source>
        <translation>Emballer  (F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue  (F2)</source>
        <translation>File  (F2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Starting ...</source>
        <translation>Démarrage ...</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Ready for scans</source>
        <translation>Prêt à scanner</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Scan {code} ...</source>
        <translation>Scan {code} ...</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+30"/>
        <source>NOT SAVED</source>
        <translation>NON ENREGISTRÉ</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;Station</source>
        <translation>&amp;Poste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings ...</source>
        <translation>&amp;Paramètres ...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Order</source>
        <translation>&amp;Commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the order &amp;aside (CMD:CANCEL)</source>
        <translation>Mettre la commande de &amp;côté (CMD:CANCEL)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;cknowledge the error (CMD:ACK)</source>
        <translation>C&amp;onfirmer l&apos;erreur (CMD:ACK)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pack view</source>
        <translation>Vue d&apos;&amp;emballage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Queue</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Refresh the queue</source>
        <translation>&amp;Actualiser la file</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Search the queue</source>
        <translation>&amp;Chercher dans la file</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Command barcodes</source>
        <translation>&amp;Codes-barres de commande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Command barcodes</source>
        <translation>Codes-barres de commande</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Packing station {version}&lt;/h3&gt;&lt;p&gt;Scan, pack, print and confirm Amazon Merchant Fulfilled orders.&lt;/p&gt;&lt;p&gt;Sounds: {sounds}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Poste d&apos;emballage {version}&lt;/h3&gt;&lt;p&gt;Scanner, emballer, imprimer et confirmer les commandes Amazon expédiées par le vendeur.&lt;/p&gt;&lt;p&gt;Sons : {sounds}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../station/ui/messages.py" line="+27"/>
        <source>Acknowledge the error first ({message})</source>
        <translation>Confirmez d&apos;abord l&apos;erreur ({message})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {order} was CANCELLED by the buyer. Do not ship it: put the items back.</source>
        <translation>La commande {order} a été ANNULÉE par l&apos;acheteur. Ne l&apos;expédiez pas : remettez les articles en place.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to acknowledge</source>
        <translation>Rien à confirmer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error acknowledged</source>
        <translation>Erreur confirmée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} unit still to scan</source>
        <translation>{n} unité encore à scanner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} units still to scan</source>
        <translation>{n} unités encore à scanner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This box is still empty</source>
        <translation>Cette boîte est encore vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing left to skip</source>
        <translation>Plus rien à sauter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped one unit of {sku} (no barcode)</source>
        <translation>Une unité de {sku} sautée (sans code-barres)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {order} is cancelled: do not ship it</source>
        <translation>La commande {order} est annulée : ne l&apos;expédiez pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {order} is {status}: it cannot be packed</source>
        <translation>La commande {order} est à l&apos;état {status} : elle ne peut pas être emballée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WRONG ITEM: {sku} is not in this order</source>
        <translation>MAUVAIS ARTICLE : {sku} ne fait pas partie de cette commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AMAZON CHANGED THE ORDER: {sku} is now {n}. Take {k} unit OUT of the box</source>
        <translation>AMAZON A MODIFIÉ LA COMMANDE : {sku} passe à {n}. Retirez {k} unité du colis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AMAZON CHANGED THE ORDER: {sku} is now {n}. Take {k} units OUT of the box</source>
        <translation>AMAZON A MODIFIÉ LA COMMANDE : {sku} passe à {n}. Retirez {k} unités du colis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unreadable scan: {detail}</source>
        <translation>Scan illisible : {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown barcode {code}</source>
        <translation>Code-barres inconnu {code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EXTRA UNIT: {sku} needs only {n}</source>
        <translation>UNITÉ EN TROP : {sku} n&apos;en demande que {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{sku}  {done} of {total}</source>
        <translation>{sku}  {done} sur {total}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order {order} changed at another station: scan it again</source>
        <translation>La commande {order} a changé à un autre poste : scannez-la de nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {order} was changed at another station: reloaded, this scan was NOT recorded. Check the counts and scan again.</source>
        <translation>La commande {order} a été modifiée à un autre poste : rechargée, ce scan n&apos;a PAS été enregistré. Vérifiez les quantités et scannez de nouveau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DATABASE NOT AVAILABLE: this scan was NOT recorded. Check the network or the database, then scan it again.</source>
        <translation>BASE DE DONNÉES INACCESSIBLE : ce scan n&apos;a PAS été enregistré. Vérifiez le réseau ou la base de données, puis scannez de nouveau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty scan ignored</source>
        <translation>Scan vide ignoré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in first (scan your badge)</source>
        <translation>Connectez-vous d&apos;abord (scannez votre carte d&apos;employé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in first</source>
        <translation>Connectez-vous d&apos;abord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {order} is already open</source>
        <translation>La commande {order} est déjà ouverte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{command}: no order is open</source>
        <translation>{command} : aucune commande n&apos;est ouverte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan an order (packing slip or pick list) first</source>
        <translation>Scannez d&apos;abord une commande (bordereau d&apos;emballage ou liste de cueillette)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan an order first</source>
        <translation>Scannez d&apos;abord une commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order set aside</source>
        <translation>Commande mise de côté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {order} is not in the queue (sync pending?)</source>
        <translation>La commande {order} n&apos;est pas dans la file (synchronisation en attente?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {order} is not available</source>
        <translation>La commande {order} n&apos;est pas disponible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {order} was taken by another station</source>
        <translation>La commande {order} a été prise par un autre poste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{message}: this scan was NOT recorded. Scan another order.</source>
        <translation>{message} : ce scan n&apos;a PAS été enregistré. Scannez une autre commande.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resumed order {order}: scan the items</source>
        <translation>Commande {order} reprise : scannez les articles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened order {order}: scan the items</source>
        <translation>Commande {order} ouverte : scannez les articles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {order} set aside; scan it again to resume</source>
        <translation>Commande {order} mise de côté; scannez-la de nouveau pour la reprendre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Box {closed} closed: box {open} is open</source>
        <translation>Boîte {closed} fermée : la boîte {open} est ouverte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {order} is Pending (not paid yet): it cannot be packed</source>
        <translation>La commande {order} est en attente (pas encore payée) : elle ne peut pas être emballée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {order} has already shipped</source>
        <translation>La commande {order} a déjà été expédiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {order} packed</source>
        <translation>Commande {order} emballée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{action} needs a supervisor: scan a supervisor badge</source>
        <translation>{action} exige un superviseur : scannez une carte de superviseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{action} needs a supervisor</source>
        <translation>{action} exige un superviseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not a supervisor: a supervisor must scan their badge</source>
        <translation>{name} n&apos;est pas superviseur : un superviseur doit scanner sa carte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not a supervisor</source>
        <translation>{name} n&apos;est pas superviseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clearing a wrong-item stop</source>
        <translation>Lever un arrêt pour mauvais article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipping a unit</source>
        <translation>Sauter une unité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A partial shipment</source>
        <translation>Une expédition partielle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voiding</source>
        <translation>Annuler une étiquette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changing settings</source>
        <translation>Modifier les paramètres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Releasing another station&apos;s order</source>
        <translation>Libérer la commande d&apos;un autre poste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The audit log</source>
        <translation>Le journal d&apos;audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporting the audit log</source>
        <translation>Exporter le journal d&apos;audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Managing operators</source>
        <translation>Gérer les opérateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge not recognised</source>
        <translation>Carte non reconnue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in: {name}</source>
        <translation>Connecté : {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown operator or no PIN set</source>
        <translation>Opérateur inconnu ou aucun NIP défini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many wrong PINs: try again in {n} min or ask a supervisor</source>
        <translation>Trop de NIP erronés : réessayez dans {n} min ou demandez à un superviseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong PIN</source>
        <translation>NIP erroné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved (supervisor&apos;s own action)</source>
        <translation>Approuvé (action du superviseur lui-même)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by {name}</source>
        <translation>Approuvé par {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approved by {name}</source>
        <translation>approuvé par {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is a supervisor</source>
        <translation>{name} est superviseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>allowed for packers</source>
        <translation>permis aux emballeurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no operators configured</source>
        <translation>aucun opérateur configuré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No printer chosen.</source>
        <translation>Aucune imprimante choisie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No {role} printer chosen (Settings &gt; Devices)</source>
        <translation>Aucune imprimante choisie pour : {role} (Paramètres &gt; Appareils)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That is not a printer address: {detail}.</source>
        <translation>Ce n&apos;est pas une adresse d&apos;imprimante : {detail}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The printer check failed: {detail}</source>
        <translation>La vérification de l&apos;imprimante a échoué : {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyboard scanner (wedge): scan a code into the test field to check it.</source>
        <translation>Lecteur clavier (wedge) : scannez un code dans le champ de test pour le vérifier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyboard scanner (wedge)</source>
        <translation>Lecteur clavier (wedge)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scanner port {port} opens at {baud} baud: scan a code to see it in the test field.</source>
        <translation>Le port du lecteur {port} s&apos;ouvre à {baud} bauds : scannez un code pour le voir dans le champ de test.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scanner</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scanner</source>
        <translation>lecteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scale</source>
        <translation>balance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>device</source>
        <translation>appareil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{device} ready on {port}</source>
        <translation>{device} : prêt sur {port}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{device} ready</source>
        <translation>{device} : prêt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{device} stopped</source>
        <translation>{device} : arrêté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{device}: opening {port}</source>
        <translation>{device} : ouverture de {port}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{device} error: {detail}</source>
        <translation>{device} : erreur : {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{device} not found at {port}: is it plugged in?</source>
        <translation>{device} introuvable sur {port} : est-il branché?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{port} is in use by another program: close it and the {device} reconnects.</source>
        <translation>{port} est utilisé par un autre programme : fermez-le et l&apos;appareil ({device}) se reconnecte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No permission to open {port}: add this user to the &apos;dialout&apos; group (or install the udev rule) and log in again.</source>
        <translation>Aucune permission d&apos;ouvrir {port} : ajoutez cet utilisateur au groupe « dialout » (ou installez la règle udev) et reconnectez-vous.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{device} at {port} cannot be opened: {detail}</source>
        <translation>{device} sur {port} ne peut pas être ouvert : {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{device} was unplugged; waiting for it</source>
        <translation>{device} a été débranché; en attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USB scales need the &apos;hidapi&apos; package, which is not installed</source>
        <translation>Les balances USB exigent le paquet « hidapi », qui n&apos;est pas installé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder printer {folder}</source>
        <translation>Imprimante-dossier {folder}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer at {address}</source>
        <translation>Imprimante à {address}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer {name}</source>
        <translation>Imprimante {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No {role} printer chosen: pick one in Settings &gt; Devices and the job prints.</source>
        <translation>Aucune imprimante choisie pour : {role}. Choisissez-en une dans Paramètres &gt; Appareils et la tâche s&apos;imprimera.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printing on {printer}</source>
        <translation>Impression sur {printer}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{printer} is ready</source>
        <translation>{printer} : prête</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{printer} does not answer: is it switched on and on the network?</source>
        <translation>{printer} ne répond pas : est-elle allumée et sur le réseau?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{printer} does not answer: is it switched on?</source>
        <translation>{printer} ne répond pas : est-elle allumée?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{printer} cannot be reached: {detail}</source>
        <translation>{printer} est injoignable : {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{printer}: {problem}</source>
        <translation>{printer} : {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{printer} stopped taking data (out of labels or paused?)</source>
        <translation>{printer} n&apos;accepte plus de données (plus d&apos;étiquettes ou en pause?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{printer} dropped the connection: {detail}</source>
        <translation>{printer} a coupé la connexion : {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{printer} cannot start a job (is it switched on?)</source>
        <translation>{printer} ne peut pas démarrer une tâche (est-elle allumée?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it did not answer the status request (~HS): is it a ZPL printer?</source>
        <translation>elle n&apos;a pas répondu à la demande d&apos;état (~HS) : est-ce une imprimante ZPL?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is out of labels: load labels and it prints by itself</source>
        <translation>elle n&apos;a plus d&apos;étiquettes : chargez des étiquettes et elle imprimera d&apos;elle-même</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is paused: press PAUSE/FEED on the printer</source>
        <translation>elle est en pause : appuyez sur PAUSE/FEED sur l&apos;imprimante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its head is open: close the print head</source>
        <translation>sa tête est ouverte : fermez la tête d&apos;impression</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is out of ribbon</source>
        <translation>elle n&apos;a plus de ruban</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{printer} prints PDF or PNG pages; a {type} job needs a raw printer (tcp:, cups:, windows:)</source>
        <translation>{printer} imprime des pages PDF ou PNG; une tâche {type} exige une imprimante brute (tcp:, cups:, windows:)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{printer} takes ZPL; this {type} job needs a cups:, qt: or windows: printer</source>
        <translation>{printer} accepte le ZPL; cette tâche {type} exige une imprimante cups:, qt: ou windows:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CUPS is not installed here ({detail} is missing)</source>
        <translation>CUPS n&apos;est pas installé ici ({detail} est absent)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CUPS does not answer (lpstat timed out)</source>
        <translation>CUPS ne répond pas (délai dépassé pour lpstat)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CUPS does not answer (lp timed out)</source>
        <translation>CUPS ne répond pas (délai dépassé pour lp)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CUPS print service is not running</source>
        <translation>Le service d&apos;impression CUPS n&apos;est pas démarré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CUPS has no printer called {name}</source>
        <translation>CUPS n&apos;a aucune imprimante nommée {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CUPS printer {name} is not accepting jobs</source>
        <translation>L&apos;imprimante CUPS {name} n&apos;accepte pas de tâches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CUPS printer {name} is stopped (disabled): {detail}</source>
        <translation>L&apos;imprimante CUPS {name} est arrêtée (désactivée) : {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CUPS refused the job: {detail}</source>
        <translation>CUPS a refusé la tâche : {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>windows: printers work only on Windows</source>
        <translation>Les imprimantes windows: fonctionnent seulement sous Windows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printing to Windows printers needs the pywin32 package</source>
        <translation>L&apos;impression sur les imprimantes Windows exige le paquet pywin32</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows has no printer called {name} ({detail})</source>
        <translation>Windows n&apos;a aucune imprimante nommée {name} ({detail})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows printer {name} takes raw (ZPL) jobs here; print PDF pages through qt:{qt}</source>
        <translation>L&apos;imprimante Windows {name} accepte ici des tâches brutes (ZPL); imprimez les pages PDF par qt:{qt}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows printer {name} refused the job: {detail}</source>
        <translation>L&apos;imprimante Windows {name} a refusé la tâche : {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows printer {name} took {written} of {total} bytes</source>
        <translation>L&apos;imprimante Windows {name} a reçu {written} octets sur {total}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows printer {name} {problem}</source>
        <translation>Imprimante Windows {name} : {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reports an error</source>
        <translation>signale une erreur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has a paper jam</source>
        <translation>bourrage de papier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is out of paper</source>
        <translation>plus de papier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has its door open</source>
        <translation>porte ouverte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is out of toner/ribbon</source>
        <translation>plus d&apos;encre ou de ruban</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not available</source>
        <translation>non disponible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is set to &apos;Use printer offline&apos;</source>
        <translation>réglée sur « Utiliser l&apos;imprimante hors connexion »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PNG of this job is damaged</source>
        <translation>Le PNG de cette tâche est endommagé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PDF of this job is damaged</source>
        <translation>Le PDF de cette tâche est endommagé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>qt: printers need the desktop app running (no QGuiApplication)</source>
        <translation>Les imprimantes qt: exigent que l&apos;application de bureau soit ouverte (pas de QGuiApplication)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write to the folder {folder}: {detail}</source>
        <translation>Impossible d&apos;écrire dans le dossier {folder} : {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The scale does not answer: is it switched on, and are the protocol and baud rate right?</source>
        <translation>La balance ne répond pas : est-elle allumée, et le protocole et la vitesse en bauds sont-ils bons?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{device} at {port} was unplugged or switched off; waiting for it to come back</source>
        <translation>{device} sur {port} a été débranché ou éteint; en attente de son retour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No scale: weights are typed in by hand.</source>
        <translation>Aucune balance : les poids sont saisis à la main.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No scale</source>
        <translation>Aucune balance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale answers: {weight}.</source>
        <translation>La balance répond : {weight}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scanner setting is wrong: {detail}</source>
        <translation>Le réglage du lecteur est erroné : {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale setting is wrong: {detail}</source>
        <translation>Le réglage de la balance est erroné : {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale is off or not connected</source>
        <translation>La balance est éteinte ou non branchée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weighing... hold still</source>
        <translation>Pesée... ne bougez pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale overloaded: take the parcel off</source>
        <translation>Balance surchargée : retirez le colis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale below zero: empty it and press ZERO</source>
        <translation>Balance sous zéro : videz-la et appuyez sur ZÉRO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale reports an error</source>
        <translation>La balance signale une erreur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale did not understand the command ({detail})</source>
        <translation>La balance n&apos;a pas compris la commande ({detail})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale busy (zeroing or settling)</source>
        <translation>Balance occupée (remise à zéro ou stabilisation)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale reports an internal error: switch it off and on</source>
        <translation>La balance signale une erreur interne : éteignez-la et rallumez-la</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale not connected ({port})</source>
        <translation>Balance non branchée ({port})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale is off or not answering</source>
        <translation>La balance est éteinte ou ne répond pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale reports a fault</source>
        <translation>La balance signale une panne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale needs calibrating or re-zeroing</source>
        <translation>La balance doit être étalonnée ou remise à zéro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale uses a unit we do not know (code {code})</source>
        <translation>La balance utilise une unité inconnue (code {code})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale not started</source>
        <translation>Balance non démarrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{device} not started</source>
        <translation>{device} : non démarré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{printer} is ready.</source>
        <translation>{printer} est prête.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{printer} answers.</source>
        <translation>{printer} répond.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{printer} is installed.</source>
        <translation>{printer} est installée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder {folder} is writable: jobs are saved there as files.</source>
        <translation>Le dossier {folder} est accessible en écriture : les tâches y sont enregistrées comme fichiers.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CUPS printer {printer} is ready.</source>
        <translation>L&apos;imprimante CUPS {printer} est prête.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows printer {printer} is ready.</source>
        <translation>L&apos;imprimante Windows {printer} est prête.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The scanner ends scans with Tab: set its suffix to Enter (CR).</source>
        <translation>Le lecteur termine les scans par Tab : réglez son suffixe à Entrée (CR).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No Enter at the end: set the scanner to send an Enter (CR) suffix, or scans will only end after a pause.</source>
        <translation>Pas d&apos;Entrée à la fin : réglez le lecteur pour envoyer le suffixe Entrée (CR), sinon les scans ne se terminent qu&apos;après une pause.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keys came up to {gap} ms apart (after character {index}), slower than the {allowed} ms allowed (scanner.max_key_gap_ms): the app would cut this scan. Set the scanner&apos;s keyboard speed to fast, or raise the setting.</source>
        <translation>Les touches sont arrivées jusqu&apos;à {gap} ms d&apos;intervalle (après le caractère {index}), plus lent que les {allowed} ms permises (scanner.max_key_gap_ms) : l&apos;application couperait ce scan. Réglez la vitesse clavier du lecteur à rapide, ou augmentez le paramètre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Digits arrive as {got}: the scanner and the PC use different keyboard layouts (AZERTY vs QWERTY); it should read {fixed}. Set the scanner to the PC&apos;s layout (or its &apos;Alt+keypad&apos; / universal mode).</source>
        <translation>Les chiffres arrivent comme {got} : le lecteur et l&apos;ordinateur utilisent des dispositions de clavier différentes (AZERTY ou QWERTY); on devrait lire {fixed}. Réglez le lecteur sur la disposition de l&apos;ordinateur (ou son mode « Alt+pavé numérique » / universel).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expected {expected} ({n} characters) but got {got} ({m}): characters are lost or added; slow down the scanner&apos;s keyboard speed.</source>
        <translation>Attendu {expected} ({n} caractères), reçu {got} ({m}) : des caractères se perdent ou s&apos;ajoutent; ralentissez la vitesse clavier du lecteur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{swaps}: the scanner uses a German (QWERTZ) layout and the PC a US one, or the reverse.</source>
        <translation>{swaps} : le lecteur utilise une disposition allemande (QWERTZ) et l&apos;ordinateur une disposition américaine, ou l&apos;inverse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some characters differ: {swaps}. Check the scanner&apos;s keyboard layout (country) setting.</source>
        <translation>Certains caractères diffèrent : {swaps}. Vérifiez le réglage de disposition de clavier (pays) du lecteur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The scan holds control characters ({chars}): check the scanner&apos;s prefix/suffix settings.</source>
        <translation>Le scan contient des caractères de contrôle ({chars}) : vérifiez les réglages de préfixe et de suffixe du lecteur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No suffix: this scan ended by a pause; set the scanner to send CR, or keep suffix=none in its address.</source>
        <translation>Aucun suffixe : ce scan s&apos;est terminé par une pause; réglez le lecteur pour envoyer CR, ou gardez suffix=none dans son adresse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} was NOT saved ({detail}). Scan it again.</source>
        <translation>{what} : NON enregistré ({detail}). Scannez de nouveau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} (approved)</source>
        <translation>{what} (approuvé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The scan</source>
        <translation>Le scan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The acknowledgement</source>
        <translation>La confirmation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setting the order aside</source>
        <translation>La mise de côté de la commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopening the last order</source>
        <translation>La réouverture de la dernière commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cancellation stop</source>
        <translation>L&apos;arrêt pour annulation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The action</source>
        <translation>L&apos;action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reprint</source>
        <translation>La réimpression</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voiding the label</source>
        <translation>L&apos;annulation de l&apos;étiquette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The partial shipment</source>
        <translation>L&apos;expédition partielle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing in</source>
        <translation>La connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing out</source>
        <translation>La déconnexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>idle for {n} min</source>
        <translation>inactif depuis {n} min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signed out</source>
        <translation>déconnecté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printing is off: {detail}</source>
        <translation>L&apos;impression est désactivée : {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printing and serial devices are off: {detail}</source>
        <translation>L&apos;impression et les appareils série sont désactivés : {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipping is off ({detail}); a confirmed order is marked packed.</source>
        <translation>L&apos;expédition est désactivée ({detail}); une commande confirmée est marquée emballée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The serial scanner did not start: {detail}</source>
        <translation>Le lecteur série n&apos;a pas démarré : {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The scale did not start: {detail}</source>
        <translation>La balance n&apos;a pas démarré : {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order sync did not start: {detail}</source>
        <translation>La synchronisation des commandes n&apos;a pas démarré : {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmation uploads did not start: {detail}</source>
        <translation>L&apos;envoi des confirmations n&apos;a pas démarré : {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings file was damaged ({detail}); it was set aside as {name} and the station started with default settings.</source>
        <translation>Le fichier de paramètres était endommagé ({detail}); il a été mis de côté sous le nom {name} et le poste a démarré avec les paramètres par défaut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scan the TRACKING barcode of your label</source>
        <translation>Scannez le code-barres du NUMÉRO DE SUIVI de votre étiquette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to reprint: no label was printed at this station yet</source>
        <translation>Rien à réimprimer : aucune étiquette n&apos;a encore été imprimée à ce poste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {order} has no label to reprint</source>
        <translation>La commande {order} n&apos;a aucune étiquette à réimprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprinting {n} label of order {order}</source>
        <translation>Réimpression de {n} étiquette de la commande {order}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprinting {n} labels of order {order}</source>
        <translation>Réimpression de {n} étiquettes de la commande {order}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The label purchase has no answer yet ({detail}). Confirm again once Amazon answers: the station checks first and never buys a second label.</source>
        <translation>L&apos;achat de l&apos;étiquette n&apos;a pas encore de réponse ({detail}). Confirmez de nouveau quand Amazon répondra : le poste vérifie d&apos;abord et n&apos;achète jamais une deuxième étiquette.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label not bought: {detail}. Nothing was lost; confirm again to retry.</source>
        <translation>Étiquette non achetée : {detail}. Rien n&apos;est perdu; confirmez de nouveau pour réessayer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{message}  --  LABEL NOT PRINTED: {detail} (reprint it from Shipping &gt; Labels)</source>
        <translation>{message}  --  ÉTIQUETTE NON IMPRIMÉE : {detail} (réimprimez-la depuis Expédition &gt; Étiquettes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {order} was CANCELLED by the buyer. Do not ship it.</source>
        <translation>La commande {order} a été ANNULÉE par l&apos;acheteur. Ne l&apos;expédiez pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {order} was CANCELLED: scan it again</source>
        <translation>La commande {order} a été ANNULÉE : scannez-la de nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {order} is already SHIPPED on Amazon (shipped outside this station?): nothing was bought or confirmed. Check it in Seller Central; CMD:CANCEL sets it aside.</source>
        <translation>La commande {order} est déjà EXPÉDIÉE sur Amazon (expédiée ailleurs qu&apos;à ce poste?) : rien n&apos;a été acheté ni confirmé. Vérifiez-la dans Seller Central; CMD:CANCEL la met de côté.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No ship-from address: set seller.name and seller.return_address {detail}</source>
        <translation>Aucune adresse d&apos;expédition : définissez seller.name et seller.return_address {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amazon refused the label: {detail}</source>
        <translation>Amazon a refusé l&apos;étiquette : {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{number} is already on a box of this order: scan the label of box {box}</source>
        <translation>{number} est déjà sur une boîte de cette commande : scannez l&apos;étiquette de la boîte {box}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every box of this order already has its tracking number</source>
        <translation>Chaque boîte de cette commande a déjà son numéro de suivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Box {box}: {carrier} {number}. Scan the label of box {next}</source>
        <translation>Boîte {box} : {carrier} {number}. Scannez l&apos;étiquette de la boîte {next}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Box {box}: {detail}</source>
        <translation>Boîte {box} : {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poly mailer 10x13 in</source>
        <translation>Enveloppe de plastique 10x13 po</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small box 8x6x4 in</source>
        <translation>Petite boîte 8x6x4 po</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium box 12x9x6 in</source>
        <translation>Boîte moyenne 12x9x6 po</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large box 16x12x10 in</source>
        <translation>Grande boîte 16x12x10 po</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra large box 20x16x14 in</source>
        <translation>Très grande boîte 20x16x14 po</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TRACKING NUMBER REFUSED: {reason}</source>
        <translation>NUMÉRO DE SUIVI REFUSÉ : {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TRACKING NUMBER REFUSED: {number} is already used by order {order}</source>
        <translation>NUMÉRO DE SUIVI REFUSÉ : {number} est déjà utilisé par la commande {order}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TRACKING NUMBER REFUSED: {number} was just used by order {order}. Scan this box&apos;s own label</source>
        <translation>NUMÉRO DE SUIVI REFUSÉ : {number} vient d&apos;être utilisé par la commande {order}. Scannez l&apos;étiquette de ce colis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This tracking number is already on a package of this order: nothing was sent twice</source>
        <translation>Ce numéro de suivi est déjà sur un colis de cette commande : rien n&apos;a été envoyé deux fois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amazon does not show yet whether the label asked for at {time} was bought ({reason}). Confirm again in a few minutes: the station never buys a second label.</source>
        <translation>Amazon n&apos;indique pas encore si l&apos;étiquette demandée à {time} a été achetée ({reason}). Confirmez de nouveau dans quelques minutes : le poste n&apos;achète jamais une deuxième étiquette.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>check digit is wrong: expected {expected}, got {got} -- rescan</source>
        <translation>chiffre de contrôle erroné : {expected} attendu, {got} reçu -- scannez de nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too short for {carrier} ({want}, this has {got}) -- rescan</source>
        <translation>trop court pour {carrier} ({want}, celui-ci en a {got}) -- scannez de nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too long for {carrier} ({want}, this has {got}) -- rescan</source>
        <translation>trop long pour {carrier} ({want}, celui-ci en a {got}) -- scannez de nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} characters</source>
        <translation>{n} caractères</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{a} or {b} digits</source>
        <translation>{a} ou {b} chiffres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an international postal number</source>
        <translation>un numéro postal international</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{country} is not a country code; international postal numbers end in one (e.g. US, CA, MX)</source>
        <translation>{country} n&apos;est pas un code de pays; les numéros postaux internationaux se terminent par un code (p. ex. US, CA, MX)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the last character of a UPS number is a digit -- rescan</source>
        <translation>le dernier caractère d&apos;un numéro UPS est un chiffre -- scannez de nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check digit is wrong for a 20-digit USPS or FedEx number -- rescan</source>
        <translation>chiffre de contrôle erroné pour un numéro USPS ou FedEx de 20 chiffres -- scannez de nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this is a product barcode ({kind}), not a tracking number</source>
        <translation>c&apos;est un code-barres de produit ({kind}), pas un numéro de suivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a known carrier format ({n} digits)</source>
        <translation>format de transporteur inconnu ({n} chiffres)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a known carrier format (contains {chars})</source>
        <translation>format de transporteur inconnu (contient {chars})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a known carrier format</source>
        <translation>format de transporteur inconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty scan -- rescan</source>
        <translation>scan vide -- scannez de nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all zeros: a placeholder, not a real tracking number</source>
        <translation>que des zéros : un exemple, pas un vrai numéro de suivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amazon Logistics numbers are TBA + 12 digits -- rescan</source>
        <translation>Les numéros Amazon Logistics sont TBA + 12 chiffres -- scannez de nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing scanned yet: a partial shipment needs at least one unit</source>
        <translation>Rien n&apos;est encore scanné : une expédition partielle exige au moins une unité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own carrier: partial shipments are confirmed by scanning the label of the complete order; buy the label here or pack the rest</source>
        <translation>Transporteur propre : les expéditions partielles se confirment en scannant l&apos;étiquette de la commande complète; achetez l&apos;étiquette ici ou emballez le reste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no label purchase {id}</source>
        <translation>Il n&apos;y a pas d&apos;achat d&apos;étiquette {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label {id} is {state}: only a bought label can be voided</source>
        <translation>L&apos;étiquette {id} est à l&apos;état {state} : seule une étiquette achetée peut être annulée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This label&apos;s shipment id is unknown; void it in Seller Central</source>
        <translation>L&apos;identifiant d&apos;envoi de cette étiquette est inconnu; annulez-la dans Seller Central</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too late to void: {carrier} labels can be voided within {hours} h of purchase</source>
        <translation>Trop tard pour annuler : les étiquettes {carrier} peuvent être annulées dans les {hours} h suivant l&apos;achat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label of order {order} voided ({n} box(es))</source>
        <translation>Étiquette de la commande {order} annulée ({n} boîte(s))</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels of order {order} voided ({n} box(es))</source>
        <translation>Étiquettes de la commande {order} annulées ({n} boîte(s))</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The label was NOT voided: {detail}</source>
        <translation>L&apos;étiquette n&apos;a PAS été annulée : {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprint failed: {detail}</source>
        <translation>La réimpression a échoué : {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHIPPED {order}  {shipment}  (no service meets the promise: fastest bought)</source>
        <translation>EXPÉDIÉE {order}  {shipment}  (aucun service ne respecte la promesse : le plus rapide a été acheté)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHIPPED {order}  {shipment}</source>
        <translation>EXPÉDIÉE {order}  {shipment}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {order}: {detail}</source>
        <translation>Commande {order} : {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Box {box} weighs {grams} g</source>
        <translation>La boîte {box} pèse {grams} g</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} cannot be read ({detail}); fix or remove it</source>
        <translation>{file} ne peut pas être lu ({detail}); corrigez-le ou retirez-le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The label purchase got no answer ({detail}); Amazon shows no label, so nothing was bought. Confirm again to retry.</source>
        <translation>L&apos;achat de l&apos;étiquette n&apos;a pas eu de réponse ({detail}); Amazon n&apos;indique aucune étiquette, donc rien n&apos;a été acheté. Confirmez de nouveau pour réessayer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client id, client secret and refresh token are all needed: one of them is empty</source>
        <translation>L&apos;identifiant client, le secret client et le jeton d&apos;actualisation sont tous nécessaires : l&apos;un d&apos;eux est vide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong region: marketplace {name} ({id}) belongs to the {region} region, but the region setting is {setting}</source>
        <translation>Mauvaise région : la place de marché {name} ({id}) appartient à la région {region}, mais le paramètre de région est {setting}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong region: the endpoint {host} serves the {region} region, but the region setting is {setting}</source>
        <translation>Mauvaise région : le point d&apos;accès {host} dessert la région {region}, mais le paramètre de région est {setting}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot reach the Login with Amazon token service at {host}: check the network and the LWA endpoint setting</source>
        <translation>Impossible de joindre le service de jetons Login with Amazon à {host} : vérifiez le réseau et le paramètre du point d&apos;accès LWA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Login with Amazon endpoint {url} did not answer like Login with Amazon (not JSON): check the LWA endpoint setting</source>
        <translation>Le point d&apos;accès Login with Amazon {url} n&apos;a pas répondu comme Login with Amazon (pas du JSON) : vérifiez le paramètre du point d&apos;accès LWA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot reach the Selling Partner API at {host}: check the network and the endpoint setting</source>
        <translation>Impossible de joindre la Selling Partner API à {host} : vérifiez le réseau et le paramètre du point d&apos;accès</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The endpoint {url} did not answer like the Selling Partner API (the answer is not a valid orders response): check the endpoint setting</source>
        <translation>Le point d&apos;accès {url} n&apos;a pas répondu comme la Selling Partner API (la réponse n&apos;est pas une réponse de commandes valide) : vérifiez le paramètre du point d&apos;accès</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong marketplace: this seller account does not sell in {name} ({id}). Amazon said: {said}</source>
        <translation>Mauvaise place de marché : ce compte vendeur ne vend pas sur {name} ({id}). Amazon a répondu : {said}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amazon refused access to orders: the app is not authorised for this seller in this region, or lacks the Orders role (a wrong region setting gives this too). Amazon said: {said}</source>
        <translation>Amazon a refusé l&apos;accès aux commandes : l&apos;application n&apos;est pas autorisée pour ce vendeur dans cette région, ou n&apos;a pas le rôle Commandes (un mauvais paramètre de région donne aussi ceci). Amazon a répondu : {said}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The endpoint {url} has no Orders API: check the endpoint setting</source>
        <translation>Le point d&apos;accès {url} n&apos;a pas d&apos;API Commandes : vérifiez le paramètre du point d&apos;accès</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amazon answered with an error: {said}</source>
        <translation>Amazon a répondu par une erreur : {said}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The endpoint {url} answered, but not like the Selling Partner API ({detail}): check the endpoint setting</source>
        <translation>Le point d&apos;accès {url} a répondu, mais pas comme la Selling Partner API ({detail}) : vérifiez le paramètre du point d&apos;accès</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected: Amazon answered for marketplace {name} ({id}), region {region}.</source>
        <translation>Connecté : Amazon a répondu pour la place de marché {name} ({id}), région {region}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amazon does not accept the LWA client id or client secret (invalid_client): check both in Seller Central &gt; Develop apps, and enter them again</source>
        <translation>Amazon n&apos;accepte pas l&apos;identifiant client ou le secret client LWA (invalid_client) : vérifiez-les dans Seller Central &gt; Développer des applications, puis entrez-les de nouveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The refresh token is expired or was revoked (invalid_grant): authorise the app again in Seller Central and enter the new refresh token</source>
        <translation>Le jeton d&apos;actualisation est expiré ou a été révoqué (invalid_grant) : autorisez de nouveau l&apos;application dans Seller Central et entrez le nouveau jeton</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This LWA app may not use refresh tokens (unauthorized_client): check the app&apos;s settings in Seller Central</source>
        <translation>Cette application LWA ne peut pas utiliser de jetons d&apos;actualisation (unauthorized_client) : vérifiez ses paramètres dans Seller Central</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No Amazon credentials on this station: run `station config credentials` (or set STATION_LWA_CLIENT_ID, STATION_LWA_CLIENT_SECRET and STATION_LWA_REFRESH_TOKEN)</source>
        <translation>Aucun identifiant Amazon sur ce poste : lancez `station config credentials` (ou définissez STATION_LWA_CLIENT_ID, STATION_LWA_CLIENT_SECRET et STATION_LWA_REFRESH_TOKEN)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Login with Amazon says the request is incomplete (invalid_request): a client id, client secret or refresh token is missing</source>
        <translation>Login with Amazon indique que la demande est incomplète (invalid_request) : il manque un identifiant client, un secret client ou un jeton d&apos;actualisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Login with Amazon refused the credentials ({detail})</source>
        <translation>Login with Amazon a refusé les identifiants ({detail})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot reach the Login with Amazon token service at {host} ({detail})</source>
        <translation>impossible de joindre le service de jetons Login with Amazon à {host} ({detail})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Login with Amazon token service at {host} answered HTTP {status}</source>
        <translation>le service de jetons Login with Amazon à {host} a répondu HTTP {status}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Login with Amazon token service at {host} answered HTTP {status} with something that is not JSON</source>
        <translation>le service de jetons Login with Amazon à {host} a répondu HTTP {status} avec autre chose que du JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the Login with Amazon token service answered with an unexpected shape</source>
        <translation>le service de jetons Login with Amazon a répondu sous une forme inattendue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Login with Amazon token service answered without an access token</source>
        <translation>le service de jetons Login with Amazon a répondu sans jeton d&apos;accès</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amazon answered HTTP {status} with something that is not JSON (request id {id})</source>
        <translation>Amazon a répondu HTTP {status} avec autre chose que du JSON (identifiant de requête {id})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amazon answered HTTP {status} with JSON that is not an object</source>
        <translation>Amazon a répondu HTTP {status} avec du JSON qui n&apos;est pas un objet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no answer from {host} for {operation} ({detail})</source>
        <translation>aucune réponse de {host} pour {operation} ({detail})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amazon refused {operation} (HTTP {status}): {errors}</source>
        <translation>Amazon a refusé {operation} (HTTP {status}) : {errors}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amazon refused (HTTP {status}): {errors}</source>
        <translation>Amazon a refusé (HTTP {status}) : {errors}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PRIME order: no Prime-eligible service delivers by {when} UTC. Ask a supervisor (a faster service, or ship partially).</source>
        <translation>Commande PRIME : aucun service admissible Prime ne livre avant le {when} UTC. Demandez à un superviseur (un service plus rapide, ou une expédition partielle).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PRIME order: no Prime-eligible service delivers. Ask a supervisor (a faster service, or ship partially).</source>
        <translation>Commande PRIME : aucun service admissible Prime ne livre à temps. Demandez à un superviseur (un service plus rapide, ou une expédition partielle).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amazon offered no service this station may buy for this package</source>
        <translation>Amazon n&apos;a offert aucun service que ce poste peut acheter pour ce colis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amazon offered no service this station may buy for this package (all offered services are excluded in the shipping rules)</source>
        <translation>Amazon n&apos;a offert aucun service que ce poste peut acheter pour ce colis (tous les services offerts sont exclus par les règles d&apos;expédition)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No offered service delivers by the promised date; the shipping rules forbid a late service.</source>
        <translation>Aucun service offert ne livre avant la date promise; les règles d&apos;expédition interdisent un service en retard.</translation>
    </message>
</context>
<context>
    <name>PackView</name>
    <message>
        <location filename="../../station/ui/pack_view.py" line="-206"/>
        <source>No order open</source>
        <translation>Aucune commande ouverte</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%v of %m units</source>
        <translation>%v sur %m unités</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Scan the packing slip or pick list barcode of an order.</source>
        <translation>Scannez le code-barres du bordereau d&apos;emballage ou de la liste de cueillette d&apos;une commande.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>SCAN AN ORDER</source>
        <translation>SCANNEZ UNE COMMANDE</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>BUSINESS</source>
        <translation>ENTREPRISE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BUSINESS PO {po}</source>
        <translation>ENTREPRISE BC {po}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PRIME</source>
        <translation>PRIME</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GIFT</source>
        <translation>CADEAU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>REPLACEMENT</source>
        <translation>REMPLACEMENT</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>BOX {n}</source>
        <translation>BOÎTE {n}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>CANCELLED - DO NOT SHIP. Put the items back.</source>
        <translation>ANNULÉE - NE PAS EXPÉDIER. Remettez les articles en place.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SHIPPED {tracking}</source>
        <translation>EXPÉDIÉE {tracking}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STOPPED - acknowledge the error</source>
        <translation>ARRÊTÉ - confirmez l&apos;erreur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>COMPLETE - scan CMD:CONFIRM or press Enter</source>
        <translation>COMPLÈTE - scannez CMD:CONFIRM ou appuyez sur Entrée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SCAN ITEMS  ({n} to go)</source>
        <translation>SCANNEZ LES ARTICLES  (encore {n})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SHIPPED {what} - scan the next order</source>
        <translation>EXPÉDIÉE {what} - scannez la commande suivante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHIPPED - scan the next order</source>
        <translation>EXPÉDIÉE - scannez la commande suivante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PACKED - scan the next order</source>
        <translation>EMBALLÉE - scannez la commande suivante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SET ASIDE - scan the next order</source>
        <translation>MISE DE CÔTÉ - scannez la commande suivante</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ship by {when}</source>
        <translation>Expédier avant {when}</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../station/ui/messages.py" line="+25"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drive</source>
        <translation>Lecteur</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location line="-3"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Voir dans :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type :</translation>
    </message>
</context>
<context>
    <name>Queue</name>
    <message>
        <location filename="../../station/ui/queue_model.py" line="-166"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ship by</source>
        <translation>Expédier avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Market</source>
        <translation>Marché</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flags</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKUs</source>
        <translation>UGS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Buyer</source>
        <translation>Acheteur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Packing</source>
        <translation>En emballage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packed</source>
        <translation>Emballée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipped</source>
        <translation>Expédiée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>PRIME</source>
        <translation>PRIME</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GIFT</source>
        <translation>CADEAU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BUSINESS</source>
        <translation>ENTREPRISE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REPLACEMENT</source>
        <translation>REMPLACEMENT</translation>
    </message>
</context>
<context>
    <name>ScannerTestField</name>
    <message>
        <location filename="../../station/ui/scanner_test.py" line="+35"/>
        <source>Click in the field and scan the test code {code}.</source>
        <translation>Cliquez dans le champ et scannez le code test {code}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click in the field and scan any barcode.</source>
        <translation>Cliquez dans le champ et scannez n&apos;importe quel code-barres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>scan here</source>
        <translation>scannez ici</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PROBLEM</source>
        <translation>PROBLÈME</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keyboard</source>
        <translation>clavier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>serial</source>
        <translation>série</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} characters; each with the ms since the key before: {gaps}</source>
        <translation>{n} caractères; chacun avec les ms depuis la touche précédente : {gaps}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>slowest gap {gap} ms, whole scan {total} ms, suffix: {suffix} - {verdict}</source>
        <translation>intervalle le plus lent {gap} ms, scan complet {total} ms, suffixe : {suffix} - {verdict}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scan looks right.</source>
        <translation>Le scan semble correct.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../station/ui/settings_dialog.py" line="+37"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amazon</source>
        <translation>Amazon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Station name</source>
        <translation>Nom du poste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language is used from the next start of the station.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage du poste.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipping</source>
        <translation>Expédition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amazon Buy Shipping</source>
        <translation>Achat d&apos;expédition Amazon (Buy Shipping)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own carrier (scan the tracking number)</source>
        <translation>Transporteur propre (scanner le numéro de suivi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the packing slip</source>
        <translation>Imprimer le bordereau d&apos;emballage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the order is confirmed</source>
        <translation>Quand la commande est confirmée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When the order is scanned</source>
        <translation>Quand la commande est scannée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play sounds (beep, error buzz, complete chime)</source>
        <translation>Jouer les sons (bip, alarme d&apos;erreur, carillon de fin)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sounds</source>
        <translation>Sons</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scanner key gap</source>
        <translation>Intervalle entre touches du lecteur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shortest scan</source>
        <translation>Scan le plus court</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A keyboard-wedge scan is a burst of keys at most the key gap apart, ending in Enter. Raise the gap if scans end up in the search box; lower it if fast typing is taken as a scan.</source>
        <translation>Un scan de lecteur clavier est une rafale de touches espacées d&apos;au plus l&apos;intervalle, terminée par Entrée. Augmentez l&apos;intervalle si les scans aboutissent dans la boîte de recherche; réduisez-le si une frappe rapide est prise pour un scan.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Marketplace</source>
        <translation>Place de marché</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>North America</source>
        <translation>Amérique du Nord</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Europe</source>
        <translation>Europe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Far East</source>
        <translation>Extrême-Orient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seller id</source>
        <translation>Identifiant du vendeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SP-API endpoint</source>
        <translation>Point d&apos;accès SP-API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LWA token URL</source>
        <translation>URL du jeton LWA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credentials (LWA client id, secret and refresh token) live in the OS keyring: set them with `station config credentials`.</source>
        <translation>Les identifiants (identifiant client LWA, secret et jeton d&apos;actualisation) sont dans le trousseau du système : définissez-les avec `station config credentials`.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test the connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This build cannot test the connection.</source>
        <translation>Cette version ne peut pas tester la connexion.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>OK: </source>
        <translation>OK : </translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+6"/>
        <source>Problem: </source>
        <translation>Problème : </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Scanner: keyboard wedge (timing above, on the General page).
Printers and scale: set them with `station config set printers.label URI` and `station config set scale URI`.</source>
        <translation>Lecteur : clavier (wedge) (délais plus haut, à la page Général).
Imprimantes et balance : définissez-les avec `station config set printers.label URI` et `station config set scale URI`.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Settings not saved</source>
        <translation>Paramètres non enregistrés</translation>
    </message>
</context>
<context>
    <name>SettingsHelp</name>
    <message>
        <location filename="../../station/ui/messages.py" line="-18"/>
        <source>this bench&apos;s name</source>
        <translation>le nom de ce poste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language (empty: the system&apos;s)</source>
        <translation>langue (vide : celle du système)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how labels are made</source>
        <translation>comment les étiquettes sont produites</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when the slip prints</source>
        <translation>quand le bordereau s&apos;imprime</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>play error and success sounds</source>
        <translation>jouer les sons d&apos;erreur et de réussite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a keyboard-wedge scan is a burst of keys at most this far apart</source>
        <translation>un scan de lecteur clavier est une rafale de touches espacées d&apos;au plus cette durée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shortest burst taken as a scan</source>
        <translation>rafale la plus courte prise pour un scan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marketplace id</source>
        <translation>identifiant de la place de marché</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SP-API region</source>
        <translation>région SP-API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seller (merchant) id</source>
        <translation>identifiant du vendeur (marchand)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SP-API base URL</source>
        <translation>URL de base SP-API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LWA token URL</source>
        <translation>URL du jeton LWA</translation>
    </message>
</context>
<context>
    <name>ShipMenu</name>
    <message>
        <location filename="../../station/ui/ship_widgets.py" line="+41"/>
        <source>S&amp;hipping</source>
        <translation>&amp;Expédition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Labels: reprint or void ...</source>
        <translation>É&amp;tiquettes : réimprimer ou annuler ...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reprint the last label (CMD:REPRINT)</source>
        <translation>&amp;Réimprimer la dernière étiquette (CMD:REPRINT)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ship what is scanned &amp;now (supervisor) ...</source>
        <translation>Expédier ce qui est scanné &amp;maintenant (superviseur) ...</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Partial shipment</source>
        <translation>Expédition partielle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ship only the units scanned so far? The rest stays in the queue to pack later (a supervisor&apos;s decision).</source>
        <translation>Expédier seulement les unités scannées jusqu&apos;ici? Le reste demeure dans la file pour être emballé plus tard (décision du superviseur).</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../station/ui/signin.py" line="+79"/>
        <source>Sign in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>scan your badge</source>
        <translation>scannez votre carte d&apos;employé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PIN</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in with PIN</source>
        <translation>Se connecter avec le NIP</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scan your badge</source>
        <translation>Scannez votre carte d&apos;employé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Badge</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>or choose your name and type your PIN:</source>
        <translation>ou choisissez votre nom et tapez votre NIP :</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose your name first</source>
        <translation>Choisissez d&apos;abord votre nom</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The database cannot be reached: sign-in is not possible right now. Try again.</source>
        <translation>La base de données est injoignable : la connexion est impossible pour l&apos;instant. Réessayez.</translation>
    </message>
</context>
<context>
    <name>SupervisorApprovalDialog</name>
    <message>
        <location filename="../../station/ui/supervisor.py" line="+38"/>
        <source>Supervisor approval</source>
        <translation>Approbation du superviseur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{action} needs a supervisor</source>
        <translation>{action} exige un superviseur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>supervisor: scan your badge</source>
        <translation>superviseur : scannez votre carte</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Order {order}</source>
        <translation>Commande {order}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The database cannot be reached: approval is not possible right now.</source>
        <translation>La base de données est injoignable : l&apos;approbation est impossible pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>_Edited</name>
    <message>
        <location filename="../../station/ui/settings_dialog.py" line="-72"/>
        <source>Testing ...</source>
        <translation>Test en cours ...</translation>
    </message>
</context>
</TS>
